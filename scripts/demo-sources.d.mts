export function renderTemplate(text: string, today: Date): string;
export function renderDemoSources(from: string, to: string, now?: Date): void;
