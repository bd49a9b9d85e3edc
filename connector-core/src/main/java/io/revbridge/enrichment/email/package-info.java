/** Email and domain facts: syntax, domain, free-mail and disposable detection, company domain from a website. */
package io.revbridge.enrichment.email;
