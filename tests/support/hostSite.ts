import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rules a careless host page might have: they must neither reach the widget nor be changed by it. */
export const HOST_STYLES = `
  * { font-family: Georgia, serif; }
  body { background: rgb(250, 240, 200); color: rgb(40, 20, 10); margin: 12px; }
  div { border: 2px dashed rgb(200, 0, 0); }
  button { background: rgb(160, 0, 0); color: rgb(255, 255, 255); font-size: 22px; padding: 9px; }
  iframe { border: 9px solid rgb(0, 0, 255); }
`;

export interface HostSite {
    url: string;
    close(): Promise<void>;
}

/**
 * A plain website on 127.0.0.1 (another origin than Sendero) with two pages, each carrying the embed snippet:
 * /one.html and /two.html. `snippetAttributes` go on the script tag.
 */
export async function startHostSite(senderoUrl: string, snippetAttributes = ''): Promise<HostSite> {
    const page = (title: string, other: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><style>${HOST_STYLES}</style></head>
<body>
  <main>
    <h1>${title}</h1>
    <div id="host-box"><p>Some text on the host site.</p><button id="host-button" type="button">Host button</button></div>
    <p><a id="next" href="${other}">Go to the other page</a></p>
  </main>
  <script src="${senderoUrl}/embed.js" ${snippetAttributes} async></script>
</body>
</html>`;
    const server = http.createServer((req, res) => {
        const body = req.url === '/one.html' ? page('Host page one', '/two.html') : req.url === '/two.html' ? page('Host page two', '/one.html') : undefined;
        if (!body) {
            res.writeHead(404);
            res.end();
            return;
        }
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        // Another port: another origin than Sendero's, as a host site is.
        url: `http://127.0.0.1:${port}`,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            }),
    };
}
