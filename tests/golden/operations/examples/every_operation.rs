//! Calls every operation of the API once, with arguments made from the spec's examples, against
//! the server at `API_URL`: a mock of the spec that serves it at its root, such as Prism. Prints
//! each failure and, last, `e2e: N/16 operations passed`. `cargo xtask e2e` runs it.
//!
//! A mock serves the spec's examples, and for 0 operations those (or the defaults it
//! serves first) contradict the response's type; the generator warns about each. For them the mock
//! is asked to make the response from the schema instead (`Prefer: dynamic=true`), and the program
//! says so.

use std::fmt::Debug;
use std::process::ExitCode;
use golden_operations::{Client, Config, RetryPolicy, SdkError};

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
    access_model_metadata(&client, &mut failures).await;
    identities(&client, &mut failures).await;
    for operation in FROM_SCHEMA {
        println!(
            "FROM SCHEMA {operation}: the spec's examples or defaults contradict the response's type"
        );
    }
    for (operation, reason) in &failures {
        println!("FAIL {operation}: {reason}");
    }
    println!("e2e: {}/16 operations passed", 16 - failures.len());
    if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[allow(deprecated)]
async fn access_model_metadata(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .access_model_metadata()
            .list_access_model_metadata_attributes()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessModelMetadataAttributes", result.await);
    let result = async {
        let attribute_dto = parse(r#"{"key":"iscPrivacy","name":"string"}"#)?;
        client
            .access_model_metadata()
            .create_access_model_metadata_attribute(attribute_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataAttribute", result.await);
    let result = async {
        let key = "iscPrivacy";
        client
            .access_model_metadata()
            .get_access_model_metadata_attribute(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessModelMetadataAttribute", result.await);
    let result = async {
        let key = "iscPrivacy";
        let attribute_dto = parse(r#"{"key":"iscPrivacy","name":"string"}"#)?;
        client
            .access_model_metadata()
            .replace_access_model_metadata_attribute(key, attribute_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "replaceAccessModelMetadataAttribute", result.await);
    let result = async {
        let key = "iscPrivacy";
        client.access_model_metadata().delete(key).send().await.map(drop).map_err(reason)
    };
    record(failures, "delete", result.await);
    let result = async {
        let key = "iscPrivacy";
        let json_patch_operation = parse(r#"[{"op":"add","path":"/description"}]"#)?;
        client
            .access_model_metadata()
            .patch_access_model_metadata_attribute(key, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAccessModelMetadataAttribute", result.await);
    let result = async {
        let key = "string";
        let position = parse(r#"1"#)?;
        client
            .access_model_metadata()
            .r#move(key, position)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "move", result.await);
}

#[allow(deprecated)]
async fn identities(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        let requested_for = "string";
        client
            .identities()
            .export_identity_profile(identity_profile_id, requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportIdentityProfile", result.await);
    let result = async {
        let id = "string";
        client
            .identities()
            .get_identity_archive(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityArchive", result.await);
    let result = async {
        let id = "string";
        client
            .identities()
            .get_identity_avatar(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityAvatar", result.await);
    let result = async {
        let id = "string";
        let body = "string";
        client
            .identities()
            .set_identity_note(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setIdentityNote", result.await);
    let result = async {
        let import_identities_request = parse(
            r#"{"data":[],"name":"string","dryRun":true}"#,
        )?;
        client
            .identities()
            .import_identities(import_identities_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importIdentities", result.await);
    let result = async {
        let create_identity_token_request = parse(
            r#"{"grant_type":"client_credentials","scope":"string"}"#,
        )?;
        client
            .identities()
            .create_identity_token(create_identity_token_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityToken", result.await);
    let result = async {
        let upload_identity_attachment_request = parse(
            r#"{"file":[],"comment":"string"}"#,
        )?;
        client
            .identities()
            .upload_identity_attachment(upload_identity_attachment_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "uploadIdentityAttachment", result.await);
    let result = async {
        client
            .identities()
            .list_legacy_identities()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listLegacyIdentities", result.await);
    let result = async {
        let search_identities_request = parse(r#"{"query":"string"}"#)?;
        client
            .identities()
            .search_identities(search_identities_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchIdentities", result.await);
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
        SdkError::Other(golden_operations::Error::Http { source, .. }) => {
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
