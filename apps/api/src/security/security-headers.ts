import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { REPORT_STYLE_CSP_SOURCE } from '#libs/reports';

/**
 * Security headers (helmet). The Content-Security-Policy allows only what the service itself serves:
 * scripts and styles from the same origin (the dashboard's bundle and stylesheet, a future same-origin web
 * app), no inline script at all, and one inline stylesheet, the HTML report's, by its hash. Images may be
 * data: URIs (the OpenAPI page's icons); fetches go to the same origin; only the service's own pages may frame its pages (the web app shows the dashboard so).
 * helmet also drops X-Powered-By.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", REPORT_STYLE_CSP_SOURCE],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // The web app frames the controllers' dashboard (same origin); no other site may frame any page.
        frameAncestors: ["'self'"],
      },
    },
    // The api serves JSON to other origins' tools (curl, scripts); the pages are same-origin anyway.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
