//! TLS against a local rustls server with certificates made here: extra roots, a client
//! certificate, HTTP/2 offered by ALPN.
#![cfg(any(feature = "rustls", feature = "native-tls"))]

mod support;

use support::things::Things;

use std::sync::{Arc, Mutex};

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};
use sailpoint_runtime::{Client, Config, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A CA and what it signed: the server's certificate (for 127.0.0.1) and a client's.
struct Pki {
    ca_pem: String,
    server_chain: Vec<CertificateDer<'static>>,
    server_key: PrivatePkcs8KeyDer<'static>,
    client_pem: String,
    client_key_pem: String,
}

fn pki() -> Pki {
    // Distinct names: OpenSSL takes a certificate whose issuer is its subject for self-signed.
    let params = |name: &str| {
        let mut params = CertificateParams::new(Vec::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params
    };
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = params("test CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);

    let server_key = KeyPair::generate().unwrap();
    let mut server_params = params("server");
    server_params.subject_alt_names = vec![SanType::IpAddress([127, 0, 0, 1].into())];
    let server = server_params.signed_by(&server_key, &issuer).unwrap();

    let client_key = KeyPair::generate().unwrap();
    let client = params("client").signed_by(&client_key, &issuer).unwrap();
    Pki {
        ca_pem: ca.pem(),
        server_chain: vec![server.der().clone()],
        server_key: PrivatePkcs8KeyDer::from(server_key.serialize_der()),
        client_pem: client.pem(),
        client_key_pem: client_key.serialize_pem(),
    }
}

fn provider() -> Arc<tokio_rustls::rustls::crypto::CryptoProvider> {
    Arc::new(tokio_rustls::rustls::crypto::ring::default_provider())
}

/// What the server saw of each client: the ALPN protocols offered, whether it sent a certificate.
type Seen = Arc<Mutex<Vec<(Vec<Vec<u8>>, bool)>>>;

/// Serves `[]` over HTTP/1.1 to every client that completes the handshake; requires a client
/// certificate signed by the CA when `require_client_certificate`.
async fn serve(pki: &Pki, require_client_certificate: bool) -> (String, Seen) {
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    let ca = CertificateDer::from_pem_slice(pki.ca_pem.as_bytes()).unwrap();
    roots.add(ca).unwrap();
    let verifier = tokio_rustls::rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider(),
    );
    let verifier = if require_client_certificate {
        verifier
    } else {
        verifier.allow_unauthenticated()
    };
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier.build().unwrap())
        .with_single_cert(
            pki.server_chain.clone(),
            PrivateKeyDer::Pkcs8(pki.server_key.clone_key()),
        )
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let seen = Seen::default();
    let recorded = Arc::clone(&seen);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let config = Arc::clone(&config);
            let recorded = Arc::clone(&recorded);
            tokio::spawn(async move {
                let acceptor = tokio_rustls::LazyConfigAcceptor::new(
                    tokio_rustls::rustls::server::Acceptor::default(),
                    stream,
                );
                let Ok(start) = acceptor.await else { return };
                let offered: Vec<Vec<u8>> = start
                    .client_hello()
                    .alpn()
                    .map(|protocols| protocols.map(<[u8]>::to_vec).collect())
                    .unwrap_or_default();
                // The server offers no ALPN, so the connection stays HTTP/1.1.
                let Ok(mut tls) = start.into_stream(config).await else {
                    return;
                };
                let certificate = tls
                    .get_ref()
                    .1
                    .peer_certificates()
                    .is_some_and(|c| !c.is_empty());
                recorded.lock().unwrap().push((offered, certificate));
                let mut request = Vec::new();
                let mut buffer = [0; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buffer[..n]),
                    }
                }
                let response = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n[]";
                let _ = tls.write_all(response.as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
    (url, seen)
}

fn config(url: &str) -> Config {
    Config::new(url)
        .access_token("t")
        .retry(RetryPolicy::disabled())
}

async fn list(config: Config) -> Result<Vec<support::things::Thing>, Error> {
    let client = Client::new(config)?;
    Ok(client.things().list_things("x").send().await?)
}

#[tokio::test]
async fn a_server_signed_by_an_added_root_is_trusted_and_http2_is_offered() {
    let pki = pki();
    let (url, seen) = serve(&pki, false).await;

    let untrusted = list(config(&url)).await.unwrap_err();
    assert!(matches!(untrusted, Error::Http { .. }), "{untrusted:?}");

    let things = list(config(&url).add_root_certificates(pki.ca_pem.clone()))
        .await
        .unwrap();
    assert!(things.is_empty());
    let seen = seen.lock().unwrap();
    let (offered, certificate) = seen.last().unwrap();
    assert_eq!(
        offered,
        &[b"h2".to_vec(), b"http/1.1".to_vec()],
        "ALPN as reqwest's own configuration offers"
    );
    assert!(!certificate, "no client certificate unless configured");
}

#[tokio::test]
async fn a_client_certificate_is_presented_when_configured() {
    let pki = pki();
    let (url, seen) = serve(&pki, true).await;
    let trusting = config(&url).add_root_certificates(pki.ca_pem.clone());

    assert!(
        list(trusting.clone()).await.is_err(),
        "the server requires a client certificate"
    );

    let identity = trusting.client_identity(pki.client_pem.clone(), pki.client_key_pem.clone());
    assert!(
        !format!("{identity:?}").contains("PRIVATE KEY"),
        "the key stays out of Debug output"
    );
    list(identity).await.unwrap();
    assert!(
        seen.lock().unwrap().last().unwrap().1,
        "the server saw the certificate"
    );

    // One PEM file holding both works too.
    let both = format!("{}{}", pki.client_pem, pki.client_key_pem);
    list(
        config(&url)
            .add_root_certificates(pki.ca_pem.clone())
            .client_identity(both.clone(), both),
    )
    .await
    .unwrap();
}

#[test]
fn pem_that_is_not_a_certificate_or_key_is_refused_by_client_new() {
    let base = Config::new("https://acme.api.identitynow.com");
    let no_certificate = Client::new(base.clone().add_root_certificates("not PEM")).unwrap_err();
    assert!(
        no_certificate
            .to_string()
            .contains("holds no PEM certificate"),
        "{no_certificate}"
    );
    let pki = pki();
    let no_key =
        Client::new(base.client_identity(pki.client_pem.clone(), "no key here")).unwrap_err();
    assert!(no_key.to_string().contains("private key"), "{no_key}");
}
