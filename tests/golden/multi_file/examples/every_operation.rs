//! Calls every operation of the API once, with arguments made from the spec's examples, against
//! the server at `API_URL`: a mock of the spec that serves it at its root, such as Prism. Prints
//! each failure and, last, `e2e: N/11 operations passed`. `cargo xtask e2e` runs it.
//!
//! A mock serves the spec's examples, and for 0 operations those (or the defaults it
//! serves first) contradict the response's type; the generator warns about each. For them the mock
//! is asked to make the response from the schema instead (`Prefer: dynamic=true`), and the program
//! says so.

use std::fmt::Debug;
use std::process::ExitCode;
use golden_multi_file::{Client, Config, RetryPolicy, SdkError};

type Failures = Vec<(&'static str, String)>;

/// The operations whose responses, as the spec's examples and defaults show them, the crate
/// cannot read (the generator warns about each contradiction): the mock makes theirs from the
/// schema.
const FROM_SCHEMA: &[&str] = &[];

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(api_url) = std::env::var("API_URL") else {
        eprintln!("set API_URL to the mock server's URL");
        return ExitCode::FAILURE;
    };
    let config = Config::new(&api_url)
        .with_api_url(&api_url)
        .access_token("e2e")
        .allow_http(true)
        .retry(RetryPolicy::disabled())
        .no_rate_limit();
    let client = match Client::new(config) {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let mut failures = Failures::new();
    identities(&client, &mut failures).await;
    sources(&client, &mut failures).await;
    search(&client, &mut failures).await;
    for operation in FROM_SCHEMA {
        println!(
            "FROM SCHEMA {operation}: the spec's examples or defaults contradict the response's type"
        );
    }
    for (operation, reason) in &failures {
        println!("FAIL {operation}: {reason}");
    }
    println!("e2e: {}/11 operations passed", 11 - failures.len());
    if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[allow(deprecated)]
async fn identities(client: &Client, failures: &mut Failures) {
    let result = async {
        client.identities().list_identities().send().await.map(drop).map_err(reason)
    };
    record(failures, "listIdentities", result.await);
    let result = async {
        let id = "2c9180835d2e5168015d32f890ca1581";
        client.identities().get_identity(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getIdentity", result.await);
    let result = async {
        client
            .identities()
            .list_other_identities()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOtherIdentities", result.await);
}

#[allow(deprecated)]
async fn sources(client: &Client, failures: &mut Failures) {
    let result = async {
        client.sources().list_sources().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSources", result.await);
    let result = async {
        let json = parse(r#"{"name":"string"}"#)?;
        client.sources().create_source(json).send().await.map(drop).map_err(reason)
    };
    record(failures, "createSource", result.await);
    let result = async {
        client.sources().list_v3_sources().send().await.map(drop).map_err(reason)
    };
    record(failures, "listV3Sources", result.await);
    let result = async {
        let source = parse(r#"{"id":"string"}"#)?;
        client.sources().replace_v3_source(source).send().await.map(drop).map_err(reason)
    };
    record(failures, "replaceV3Source", result.await);
}

#[allow(deprecated)]
async fn search(client: &Client, failures: &mut Failures) {
    let result = async {
        client.search().get_selectors().send().await.map(drop).map_err(reason)
    };
    record(failures, "getSelectors", result.await);
    let result = async {
        client.search().list_things().send().await.map(drop).map_err(reason)
    };
    record(failures, "listThings", result.await);
    let result = async {
        let thing = parse(r#"{}"#)?;
        client.search().create_thing(thing).send().await.map(drop).map_err(reason)
    };
    record(failures, "createThing", result.await);
    let result = async {
        let match_term = parse(r#"[{}]"#)?;
        client.search().search(match_term).send().await.map(drop).map_err(reason)
    };
    record(failures, "search", result.await);
}

fn record(failures: &mut Failures, operation: &'static str, result: Result<(), String>) {
    if let Err(reason) = result {
        failures.push((operation, reason));
    }
}

/// A sample argument from its JSON.
#[allow(dead_code)]
fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json)
        .map_err(|e| format!("the sample argument does not fit its type: {e}"))
}

/// Why a call failed, in words that are the same from run to run: for a response, its status
/// and the mock's list of violations; for a failed request, its kind.
fn reason<E: Debug>(error: SdkError<E>) -> String {
    match error {
        SdkError::Service(service) => {
            let violations = service
                .headers
                .get("sl-violations")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("no violations listed");
            format!("the server answered {}: {violations}", service.status)
        }
        SdkError::Other(golden_multi_file::Error::Http { source, .. }) => {
            let kind = if source.is_timeout() {
                "timed out"
            } else if source.is_connect() {
                "could not connect"
            } else {
                "failed"
            };
            format!("the request {kind}")
        }
        SdkError::Other(error) => error.to_string(),
    }
}
