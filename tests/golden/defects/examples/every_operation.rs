//! Calls every operation of the API once, with arguments made from the spec's examples, against
//! the server at `API_URL`: a mock of the spec that serves it at its root, such as Prism. Prints
//! each failure and, last, `e2e: N/9 operations passed`. `cargo xtask e2e` runs it.
//!
//! A mock serves the spec's examples, and for 3 operations those (or the defaults it
//! serves first) contradict the response's type; the generator warns about each. For them the mock
//! is asked to make the response from the schema instead (`Prefer: dynamic=true`), and the program
//! says so.

use std::fmt::Debug;
use std::process::ExitCode;
use golden_defects::{Client, Config, RetryPolicy, SdkError};

type Failures = Vec<(&'static str, String)>;

/// The operations whose responses, as the spec's examples and defaults show them, the crate
/// cannot read (the generator warns about each contradiction): the mock makes theirs from the
/// schema.
const FROM_SCHEMA: &[&str] = &["listThings", "createThing", "getRecord"];

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
    let from_schema = config.clone().header("Prefer", "dynamic=true");
    let (client, schema_client) = match (Client::new(config), Client::new(from_schema)) {
        (Ok(client), Ok(schema_client)) => (client, schema_client),
        (Err(error), _) | (_, Err(error)) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let mut failures = Failures::new();
    defects(&client, &schema_client, &mut failures).await;
    for operation in FROM_SCHEMA {
        println!(
            "FROM SCHEMA {operation}: the spec's examples or defaults contradict the response's type"
        );
    }
    for (operation, reason) in &failures {
        println!("FAIL {operation}: {reason}");
    }
    println!("e2e: {}/9 operations passed", 9 - failures.len());
    if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[allow(deprecated)]
async fn defects(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        schema_client.defects().list_things().send().await.map(drop).map_err(reason)
    };
    record(failures, "listThings", result.await);
    let result = async {
        let thing = parse(r#"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}"#)?;
        schema_client
            .defects()
            .create_thing(thing)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createThing", result.await);
    let result = async {
        client.defects().get_reassignment().send().await.map(drop).map_err(reason)
    };
    record(failures, "getReassignment", result.await);
    let result = async {
        let id = "string";
        schema_client.defects().get_record(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getRecord", result.await);
    let result = async {
        let id = "string";
        client.defects().get_file(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getFile", result.await);
    let result = async {
        client.defects().get_loose().send().await.map(drop).map_err(reason)
    };
    record(failures, "getLoose", result.await);
    let result = async {
        let id = "string";
        client
            .defects()
            .get_loose_get_loose_copies(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLooseGetLooseCopies", result.await);
    let result = async {
        client.defects().delete_unnamed().send().await.map(drop).map_err(reason)
    };
    record(failures, "delete /unnamed", result.await);
    let result = async {
        let launcher = parse(r#"{"config":"{}"}"#)?;
        client.defects().create_launcher(launcher).send().await.map(drop).map_err(reason)
    };
    record(failures, "createLauncher", result.await);
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
        SdkError::Other(golden_defects::Error::Http { source, .. }) => {
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
