//! The crate names its TLS crypto provider on its own configuration instead of installing one for
//! the process. Alone in this binary: the process-wide provider can be installed only once.
#![cfg(feature = "rustls")]

use sailpoint_runtime::{Client, Config};

#[test]
fn building_a_client_leaves_the_process_wide_crypto_provider_to_the_application() {
    let config = Config::new("https://acme.api.identitynow.com").client_credentials("id", "secret");
    Client::new(config.clone()).unwrap();
    assert!(
        rustls::crypto::CryptoProvider::get_default().is_none(),
        "Client::new installed a crypto provider"
    );

    // An application installing its own afterwards neither panics nor fails, and clients still build.
    rustls::crypto::ring::default_provider()
        .install_default()
        .expect("the application installs its provider");
    Client::new(config).unwrap();
}
