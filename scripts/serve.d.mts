export declare function resolveInside(root: string, urlPath: string): string | null
export declare function startStaticServer(options: { root: string, port: number, host?: string }): Promise<{ url: string, close: () => Promise<void> }>
