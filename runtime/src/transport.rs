//! The HTTP client requests go through: the application's own, or one built from the
//! configuration (timeouts, headers, proxy, TLS roots and client certificate).
//!
//! With the `rustls` feature the TLS configuration names its crypto provider (ring) rather than
//! installing one for the process: an application that installs its own later must not panic.

use reqwest::header::HeaderMap;

use crate::{Config, Error};

/// The client for `config`, sending `headers` with every request.
pub(crate) fn http_client(config: &Config, headers: HeaderMap) -> Result<reqwest::Client, Error> {
    if let Some(client) = &config.http_client {
        // Settings meant for the client built here would be lost silently on the application's.
        let unused = [
            (config.proxy.is_some(), "proxy"),
            (
                !config.root_certificates.0.is_empty(),
                "add_root_certificates",
            ),
            (config.identity.is_some(), "client_identity"),
            (!headers.is_empty(), "header"),
        ];
        if let Some((_, setting)) = unused.iter().find(|(set, _)| *set) {
            return Err(Error::Config(format!(
                "`{setting}` does not apply to an http_client of your own: configure it on that client"
            )));
        }
        return Ok(client.0.clone());
    }
    let mut builder = reqwest::Client::builder()
        .user_agent(&config.user_agent)
        .connect_timeout(config.connect_timeout)
        .default_headers(headers);
    if let Some(timeout) = config.timeout {
        builder = builder.timeout(timeout);
    }
    if let Some(proxy) = &config.proxy {
        // The URL is not quoted: it may hold a password.
        let proxy = reqwest::Proxy::all(proxy.0.as_str())
            .map_err(|e| Error::Config(format!("the proxy URL is not usable: {e}")))?;
        builder = builder.proxy(proxy);
    }
    let builder = tls(builder, config)?;
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
}

#[cfg(feature = "native-tls")]
fn tls(builder: reqwest::ClientBuilder, config: &Config) -> Result<reqwest::ClientBuilder, Error> {
    let mut builder = builder.tls_backend_native();
    for pem in &config.root_certificates.0 {
        let certificates = reqwest::Certificate::from_pem_bundle(pem)
            .map_err(|e| Error::Config(format!("a root certificate is not PEM: {}", chain(&e))))?;
        if certificates.is_empty() {
            return Err(Error::Config(
                "a root certificate holds no PEM certificate".into(),
            ));
        }
        builder = builder.tls_certs_merge(certificates);
    }
    if let Some(identity) = &config.identity {
        // native-tls wants the key alone: take its block out of a file that holds both.
        let key = pem_block(&identity.key, "PRIVATE KEY").unwrap_or(&identity.key);
        let identity =
            reqwest::Identity::from_pkcs8_pem(&identity.certificate, key).map_err(|e| {
                Error::Config(format!("the client identity (PEM certificates and a PKCS#8 private key) is not usable: {}", chain(&e)))
            })?;
        builder = builder.identity(identity);
    }
    Ok(builder)
}

/// The first PEM block labelled `label`, markers included.
#[cfg(feature = "native-tls")]
fn pem_block<'a>(pem: &'a [u8], label: &str) -> Option<&'a [u8]> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = pem
        .windows(begin.len())
        .position(|w| w == begin.as_bytes())?;
    let length = pem[start..]
        .windows(end.len())
        .position(|w| w == end.as_bytes())?;
    Some(&pem[start..start + length + end.len()])
}

/// An error and its causes: reqwest's builder errors say only "builder error" themselves.
#[cfg(feature = "native-tls")]
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(all(feature = "rustls", not(feature = "native-tls")))]
fn tls(builder: reqwest::ClientBuilder, config: &Config) -> Result<reqwest::ClientBuilder, Error> {
    Ok(builder.tls_backend_preconfigured(rustls_config(config)?))
}

#[cfg(not(any(feature = "rustls", feature = "native-tls")))]
fn tls(builder: reqwest::ClientBuilder, config: &Config) -> Result<reqwest::ClientBuilder, Error> {
    let https = [config.api_url(""), config.token_endpoint()]
        .iter()
        .any(|url| url.starts_with("https:"));
    if https || !config.root_certificates.0.is_empty() || config.identity.is_some() {
        return Err(Error::Config(
            "built without TLS: enable the `rustls` or `native-tls` feature".into(),
        ));
    }
    Ok(builder)
}

/// What reqwest would build, with ring named as the provider: the platform's verifier (plus the
/// configured roots), the client certificate, and ALPN offering HTTP/2.
#[cfg(all(feature = "rustls", not(feature = "native-tls")))]
fn rustls_config(config: &Config) -> Result<rustls::ClientConfig, Error> {
    use std::sync::Arc;

    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};

    let tls_error = |e: rustls::Error| Error::Config(format!("cannot set up TLS: {e}"));
    let certificates = |pem: &[u8], what: &str| {
        let certificates = CertificateDer::pem_slice_iter(pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Error::Config(format!("{what} is not PEM: {e}")))?;
        if certificates.is_empty() {
            return Err(Error::Config(format!("{what} holds no PEM certificate")));
        }
        Ok(certificates)
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = Vec::new();
    for pem in &config.root_certificates.0 {
        roots.extend(certificates(pem, "a root certificate")?);
    }
    let verifier = if roots.is_empty() {
        rustls_platform_verifier::Verifier::new(Arc::clone(&provider)).map_err(tls_error)?
    } else {
        extra_roots(roots, Arc::clone(&provider))?
    };
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?
        // "dangerous" only in name: the platform's verifier is how reqwest verifies too.
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier));
    let mut tls = match &config.identity {
        Some(identity) => {
            let chain = certificates(&identity.certificate, "the client certificate")?;
            let key = PrivateKeyDer::from_pem_slice(&identity.key).map_err(|e| {
                Error::Config(format!("the client identity's private key is not PEM: {e}"))
            })?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(tls_error)?
        }
        None => builder.with_no_client_auth(),
    };
    // reqwest sets no ALPN on a preconfigured config; without it there is no HTTP/2.
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tls)
}

#[cfg(all(
    feature = "rustls",
    not(feature = "native-tls"),
    any(all(unix, not(target_os = "android")), target_os = "windows")
))]
fn extra_roots(
    roots: Vec<rustls::pki_types::CertificateDer<'static>>,
    provider: std::sync::Arc<rustls::crypto::CryptoProvider>,
) -> Result<rustls_platform_verifier::Verifier, Error> {
    rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider)
        .map_err(|e| Error::Config(format!("cannot set up TLS: {e}")))
}

#[cfg(all(
    feature = "rustls",
    not(feature = "native-tls"),
    not(any(all(unix, not(target_os = "android")), target_os = "windows"))
))]
fn extra_roots(
    _roots: Vec<rustls::pki_types::CertificateDer<'static>>,
    _provider: std::sync::Arc<rustls::crypto::CryptoProvider>,
) -> Result<rustls_platform_verifier::Verifier, Error> {
    Err(Error::Config(
        "extra root certificates are not supported by this platform's verifier".into(),
    ))
}
