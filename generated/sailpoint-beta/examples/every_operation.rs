//! Calls every operation of the API once, with arguments made from the spec's examples, against
//! the server at `API_URL`: a mock of the spec that serves it at its root, such as Prism. Prints
//! each failure and, last, `e2e: N/559 operations passed`. `cargo xtask e2e` runs it.
//!
//! A mock serves the spec's examples, and for 18 operations those (or the defaults it
//! serves first) contradict the response's type; the generator warns about each. For them the mock
//! is asked to make the response from the schema instead (`Prefer: dynamic=true`), and the program
//! says so.

use std::fmt::Debug;
use std::process::ExitCode;
use sailpoint_beta::{Client, Config, RetryPolicy, SdkError};

type Failures = Vec<(&'static str, String)>;

/// The operations whose responses, as the spec's examples and defaults show them, the crate
/// cannot read (the generator warns about each contradiction): the mock makes theirs from the
/// schema.
const FROM_SCHEMA: &[&str] = &[
    "listAccessProfiles",
    "createAccessProfile",
    "getAccessProfile",
    "patchAccessProfile",
    "listAdministratorsAccessRequestStatus",
    "showPreviewDataSource",
    "searchFormElementDataByElementID",
    "getIdentityOwnershipDetails",
    "getNonEmployeeSchemaAttribute",
    "listPersonalAccessTokens",
    "patchPersonalAccessToken",
    "listRoles",
    "createRole",
    "getRole",
    "patchRole",
    "importAccounts",
    "importUncorrelatedAccounts",
    "getEvaluateReassignmentConfiguration",
];

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
    access_model_metadata(&client, &mut failures).await;
    access_profiles(&client, &schema_client, &mut failures).await;
    access_request_approvals(&client, &mut failures).await;
    access_request_identity_metrics(&client, &mut failures).await;
    access_requests(&client, &schema_client, &mut failures).await;
    account_activities(&client, &mut failures).await;
    account_aggregations(&client, &mut failures).await;
    account_usages(&client, &mut failures).await;
    accounts(&client, &mut failures).await;
    application_discovery(&client, &mut failures).await;
    apps(&client, &mut failures).await;
    auth_profile(&client, &mut failures).await;
    certification_campaigns(&client, &mut failures).await;
    certifications(&client, &mut failures).await;
    connector_rule_management(&client, &mut failures).await;
    connectors(&client, &mut failures).await;
    custom_forms(&client, &schema_client, &mut failures).await;
    custom_password_instructions(&client, &mut failures).await;
    entitlements(&client, &mut failures).await;
    governance_groups(&client, &mut failures).await;
    iai_access_request_recommendations(&client, &mut failures).await;
    iai_common_access(&client, &mut failures).await;
    iai_message_catalogs(&client, &mut failures).await;
    iai_outliers(&client, &mut failures).await;
    iai_peer_group_strategies(&client, &mut failures).await;
    iai_recommendations(&client, &mut failures).await;
    iai_role_mining(&client, &mut failures).await;
    icons(&client, &mut failures).await;
    identities(&client, &schema_client, &mut failures).await;
    identity_attributes(&client, &mut failures).await;
    identity_history(&client, &mut failures).await;
    identity_profiles(&client, &mut failures).await;
    launchers(&client, &mut failures).await;
    lifecycle_states(&client, &mut failures).await;
    managed_clients(&client, &mut failures).await;
    managed_clusters(&client, &mut failures).await;
    mfa_configuration(&client, &mut failures).await;
    mfa_controller(&client, &mut failures).await;
    multi_host_integration(&client, &mut failures).await;
    non_employee_lifecycle_management(&client, &schema_client, &mut failures).await;
    notifications(&client, &mut failures).await;
    o_auth_clients(&client, &mut failures).await;
    org_config(&client, &mut failures).await;
    password_configuration(&client, &mut failures).await;
    password_dictionary(&client, &mut failures).await;
    password_management(&client, &mut failures).await;
    password_policies(&client, &mut failures).await;
    password_sync_groups(&client, &mut failures).await;
    personal_access_tokens(&client, &schema_client, &mut failures).await;
    public_identities_config(&client, &mut failures).await;
    requestable_objects(&client, &mut failures).await;
    role_insights(&client, &mut failures).await;
    roles(&client, &schema_client, &mut failures).await;
    search_attribute_configuration(&client, &mut failures).await;
    segments(&client, &mut failures).await;
    service_desk_integration(&client, &mut failures).await;
    sim_integrations(&client, &mut failures).await;
    sod_policies(&client, &mut failures).await;
    sod_violations(&client, &mut failures).await;
    source_usages(&client, &mut failures).await;
    sources(&client, &schema_client, &mut failures).await;
    sp_config(&client, &mut failures).await;
    suggested_entitlement_description(&client, &mut failures).await;
    tagged_objects(&client, &mut failures).await;
    tags(&client, &mut failures).await;
    task_management(&client, &mut failures).await;
    tenant(&client, &mut failures).await;
    transforms(&client, &mut failures).await;
    triggers(&client, &mut failures).await;
    ui_metadata(&client, &mut failures).await;
    work_items(&client, &mut failures).await;
    work_reassignment(&client, &schema_client, &mut failures).await;
    workflows(&client, &mut failures).await;
    for operation in FROM_SCHEMA {
        println!(
            "FROM SCHEMA {operation}: the spec's examples or defaults contradict the response's type"
        );
    }
    for (operation, reason) in &failures {
        println!("FAIL {operation}: {reason}");
    }
    println!("e2e: {}/559 operations passed", 559 - failures.len());
    if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[allow(deprecated)]
async fn access_model_metadata(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .access_model_metadata()
            .list_access_model_metadata_attribute()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessModelMetadataAttribute", result.await);
    let result = async {
        let attribute_dto = parse(r#"{}"#)?;
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
        let v3_json_patch_operation = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .access_model_metadata()
            .update_access_model_metadata_attribute(key, v3_json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataAttribute", result.await);
    let result = async {
        let key = "iscPrivacy";
        client
            .access_model_metadata()
            .list_access_model_metadata_attribute_value(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessModelMetadataAttributeValue", result.await);
    let result = async {
        let key = "iscPrivacy";
        let attribute_value_dto = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .create_access_model_metadata_attribute_value(key, attribute_value_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataAttributeValue", result.await);
    let result = async {
        let key = "iscPrivacy";
        let value = "public";
        client
            .access_model_metadata()
            .get_access_model_metadata_attribute_value(key, value)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessModelMetadataAttributeValue", result.await);
    let result = async {
        let key = "iscPrivacy";
        let value = "public";
        let v3_json_patch_operation = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .access_model_metadata()
            .update_access_model_metadata_attribute_value(
                key,
                value,
                v3_json_patch_operation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataAttributeValue", result.await);
}

#[allow(deprecated)]
async fn access_profiles(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        schema_client
            .access_profiles()
            .list_access_profiles()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessProfiles", result.await);
    let result = async {
        let access_profile = parse(
            r#"{"name":"Employee-database-read-write","owner":{},"source":{}}"#,
        )?;
        schema_client
            .access_profiles()
            .create_access_profile(access_profile)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessProfile", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        schema_client
            .access_profiles()
            .get_access_profile(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessProfile", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .access_profiles()
            .delete_access_profile(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfile", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        schema_client
            .access_profiles()
            .patch_access_profile(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAccessProfile", result.await);
    let result = async {
        let access_profile_bulk_delete_request = parse(r#"{}"#)?;
        client
            .access_profiles()
            .delete_access_profiles_in_bulk(access_profile_bulk_delete_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfilesInBulk", result.await);
    let result = async {
        let access_profile_bulk_update_request = parse(r#"[{}]"#)?;
        client
            .access_profiles()
            .update_access_profiles_in_bulk(access_profile_bulk_update_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessProfilesInBulk", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .access_profiles()
            .get_access_profile_entitlements(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessProfileEntitlements", result.await);
}

#[allow(deprecated)]
async fn access_request_approvals(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .access_request_approvals()
            .list_pending_approvals()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPendingApprovals", result.await);
    let result = async {
        client
            .access_request_approvals()
            .list_completed_approvals()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCompletedApprovals", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        let comment_dto = parse(r#"{}"#)?;
        client
            .access_request_approvals()
            .approve_access_request(approval_id, comment_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveAccessRequest", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        let comment_dto = parse(r#"{}"#)?;
        client
            .access_request_approvals()
            .reject_access_request(approval_id, comment_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectAccessRequest", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        let forward_approval_dto = parse(
            r#"{"newOwnerId":"string","comment":"string"}"#,
        )?;
        client
            .access_request_approvals()
            .forward_access_request(approval_id, forward_approval_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "forwardAccessRequest", result.await);
    let result = async {
        client
            .access_request_approvals()
            .get_access_request_approval_summary()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestApprovalSummary", result.await);
}

#[allow(deprecated)]
async fn access_request_identity_metrics(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_id = "7025c863-c270-4ba6-beea-edf3cb091573";
        let requested_object_id = "2db501be-f0fb-4cc5-a695-334133c52891";
        let r#type = parse(r#""ENTITLEMENT""#)?;
        client
            .access_request_identity_metrics()
            .get_access_request_identity_metrics(
                identity_id,
                requested_object_id,
                r#type,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestIdentityMetrics", result.await);
}

#[allow(deprecated)]
async fn access_requests(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        let access_request = parse(
            r#"{"requestedFor":["string"],"requestedItems":[{"type":"ACCESS_PROFILE","id":"2c9180835d2e5168015d32f890ca1581"}]}"#,
        )?;
        client
            .access_requests()
            .create_access_request(access_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessRequest", result.await);
    let result = async {
        let cancel_access_request = parse(
            r#"{"accountActivityId":"2c9180835d2e5168015d32f890ca1581","comment":"I requested this role by mistake."}"#,
        )?;
        client
            .access_requests()
            .cancel_access_request(cancel_access_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelAccessRequest", result.await);
    let result = async {
        let close_access_request = parse(
            r#"{"accessRequestIds":["2c90ad2a70ace7d50170acf22ca90010"]}"#,
        )?;
        client
            .access_requests()
            .close_access_request(close_access_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "closeAccessRequest", result.await);
    let result = async {
        client
            .access_requests()
            .get_access_request_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestConfig", result.await);
    let result = async {
        let access_request_config = parse(r#"{}"#)?;
        client
            .access_requests()
            .set_access_request_config(access_request_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setAccessRequestConfig", result.await);
    let result = async {
        client
            .access_requests()
            .list_access_request_status()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessRequestStatus", result.await);
    let result = async {
        schema_client
            .access_requests()
            .list_administrators_access_request_status()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAdministratorsAccessRequestStatus", result.await);
}

#[allow(deprecated)]
async fn account_activities(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .account_activities()
            .list_account_activities()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccountActivities", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .account_activities()
            .get_account_activity(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountActivity", result.await);
}

#[allow(deprecated)]
async fn account_aggregations(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "2c91808477a6b0c60177a81146b8110b";
        client
            .account_aggregations()
            .get_account_aggregation_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountAggregationStatus", result.await);
}

#[allow(deprecated)]
async fn account_usages(client: &Client, failures: &mut Failures) {
    let result = async {
        let account_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .account_usages()
            .get_usages_by_account_id(account_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUsagesByAccountId", result.await);
}

#[allow(deprecated)]
async fn accounts(client: &Client, failures: &mut Failures) {
    let result = async {
        client.accounts().list_accounts().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAccounts", result.await);
    let result = async {
        let account_attributes_create = parse(
            r#"{"attributes":{"sourceId":"34bfcbe116c9407464af37acbaf7a4dc","city":"Austin","displayName":"John Doe","userName":"jdoe","sAMAccountName":"jDoe","mail":"john.doe@sailpoint.com"}}"#,
        )?;
        client
            .accounts()
            .create_account(account_attributes_create)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.accounts().get_account(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let account_attributes = parse(
            r#"{"attributes":{"city":"Austin","displayName":"John Doe","userName":"jdoe","sAMAccountName":"jDoe","mail":"john.doe@sailpoint.com"}}"#,
        )?;
        client
            .accounts()
            .put_account(id, account_attributes)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.accounts().delete_account(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client.accounts().update_account(id, body).send().await.map(drop).map_err(reason)
    };
    record(failures, "updateAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .accounts()
            .get_account_entitlements(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountEntitlements", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .accounts()
            .submit_reload_account(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitReloadAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let account_toggle_request = parse(r#"{}"#)?;
        client
            .accounts()
            .enable_account(id, account_toggle_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let account_toggle_request = parse(r#"{}"#)?;
        client
            .accounts()
            .disable_account(id, account_toggle_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccount", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let account_unlock_request = parse(r#"{}"#)?;
        client
            .accounts()
            .unlock_account(id, account_unlock_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "unlockAccount", result.await);
    let result = async {
        let id = "c350d6aa4f104c61b062cb632421ad10";
        client.accounts().delete_account_async(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteAccountAsync", result.await);
    let result = async {
        let id = "2c91808384203c2d018437e631158309";
        client
            .accounts()
            .enable_account_for_identity(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccountForIdentity", result.await);
    let result = async {
        let id = "2c91808384203c2d018437e631158309";
        client
            .accounts()
            .disable_account_for_identity(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccountForIdentity", result.await);
    let result = async {
        let identities_accounts_bulk_request = parse(r#"{}"#)?;
        client
            .accounts()
            .enable_accounts_for_identities(identities_accounts_bulk_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccountsForIdentities", result.await);
    let result = async {
        let identities_accounts_bulk_request = parse(r#"{}"#)?;
        client
            .accounts()
            .disable_accounts_for_identities(identities_accounts_bulk_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccountsForIdentities", result.await);
}

#[allow(deprecated)]
async fn application_discovery(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .application_discovery()
            .get_manual_discover_applications_csv_template()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManualDiscoverApplicationsCsvTemplate", result.await);
    let result = async {
        client
            .application_discovery()
            .send_manual_discover_applications_csv_template()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendManualDiscoverApplicationsCsvTemplate", result.await);
    let result = async {
        client
            .application_discovery()
            .get_discovered_applications()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDiscoveredApplications", result.await);
    let result = async {
        let id = "123e4567-e89b-12d3-a456-426655440000";
        client
            .application_discovery()
            .get_discovered_application_by_id(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDiscoveredApplicationByID", result.await);
    let result = async {
        let id = "123e4567-e89b-12d3-a456-426655440000";
        client
            .application_discovery()
            .patch_discovered_application_by_id(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchDiscoveredApplicationByID", result.await);
}

#[allow(deprecated)]
async fn apps(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().get_source_app(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSourceApp", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.apps().delete_source_app(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSourceApp", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().patch_source_app(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "patchSourceApp", result.await);
    let result = async {
        client.apps().update_source_apps_in_bulk().send().await.map(drop).map_err(reason)
    };
    record(failures, "updateSourceAppsInBulk", result.await);
    let result = async {
        client.apps().list_assigned_source_app().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAssignedSourceApp", result.await);
    let result = async {
        client.apps().list_available_source_apps().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAvailableSourceApps", result.await);
    let result = async {
        let source_app_create_dto = parse(
            r#"{"name":"my app","description":"the source app for engineers","accountSource":{"id":"2c9180827ca885d7017ca8ce28a000eb"}}"#,
        )?;
        client
            .apps()
            .create_source_app(source_app_create_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceApp", result.await);
    let result = async {
        client.apps().list_all_source_app().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAllSourceApp", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .apps()
            .list_access_profiles_for_source_app(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessProfilesForSourceApp", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let body = parse(r#"["string"]"#)?;
        client
            .apps()
            .delete_access_profiles_from_source_app_by_bulk(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfilesFromSourceAppByBulk", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().patch_user_app(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "patchUserApp", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .apps()
            .list_available_accounts_for_user_app(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAvailableAccountsForUserApp", result.await);
    let result = async {
        client.apps().list_owned_user_apps().send().await.map(drop).map_err(reason)
    };
    record(failures, "listOwnedUserApps", result.await);
    let result = async {
        let filters = "name eq \"user app name\"";
        client.apps().list_all_user_apps(filters).send().await.map(drop).map_err(reason)
    };
    record(failures, "listAllUserApps", result.await);
}

#[allow(deprecated)]
async fn auth_profile(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .auth_profile()
            .get_profile_config_list()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProfileConfigList", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .auth_profile()
            .get_profile_config(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProfileConfig", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .auth_profile()
            .patch_profile_config(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchProfileConfig", result.await);
}

#[allow(deprecated)]
async fn certification_campaigns(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .certification_campaigns()
            .get_active_campaigns()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getActiveCampaigns", result.await);
    let result = async {
        let fullcampaign = parse(
            r#"{"name":"Manager Campaign","description":"Everyone needs to be reviewed by their manager","type":"MANAGER"}"#,
        )?;
        client
            .certification_campaigns()
            .create_campaign(fullcampaign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCampaign", result.await);
    let result = async {
        let delete_campaigns_request = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .delete_campaigns(delete_campaigns_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaigns", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .get_campaign(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaign", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        let body = parse(r#"[{}]"#)?;
        client
            .certification_campaigns()
            .update_campaign(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateCampaign", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_campaigns()
            .start_campaign(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaign", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_campaigns()
            .complete_campaign(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "completeCampaign", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .start_campaign_remediation_scan(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaignRemediationScan", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let admin_review_reassign = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .r#move(id, admin_review_reassign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "move", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .get_campaign_reports(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignReports", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        let r#type = parse(r#""CAMPAIGN_COMPOSITION_REPORT""#)?;
        client
            .certification_campaigns()
            .start_campaign_report(id, r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaignReport", result.await);
    let result = async {
        client
            .certification_campaigns()
            .get_campaign_reports_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignReportsConfig", result.await);
    let result = async {
        let campaign_reports_config = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .set_campaign_reports_config(campaign_reports_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setCampaignReportsConfig", result.await);
    let result = async {
        client
            .certification_campaigns()
            .get_campaign_templates()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplates", result.await);
    let result = async {
        let campaign_template = parse(
            r#"{"name":"Manager Campaign Template","description":"Template for the annual manager campaign.","campaign":{"name":"Manager Campaign","description":"Everyone needs to be reviewed by their manager","type":"MANAGER"}}"#,
        )?;
        client
            .certification_campaigns()
            .create_campaign_template(campaign_template)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCampaignTemplate", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .get_campaign_template(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplate", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .delete_campaign_template(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignTemplate", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .certification_campaigns()
            .patch_campaign_template(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchCampaignTemplate", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .start_generate_campaign_template(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startGenerateCampaignTemplate", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .get_campaign_template_schedule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplateSchedule", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .set_campaign_template_schedule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setCampaignTemplateSchedule", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .delete_campaign_template_schedule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignTemplateSchedule", result.await);
}

#[allow(deprecated)]
async fn certifications(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let review_reassign = parse(
            r#"{"reassign":[{"id":"ef38f94347e94562b5bb8424a56397d8","type":"ITEM"}],"reassignTo":"ef38f94347e94562b5bb8424a56397d8","reason":"reassigned for some reason"}"#,
        )?;
        client
            .certifications()
            .submit_reassign_certs_async(id, review_reassign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitReassignCertsAsync", result.await);
    let result = async {
        let id = "string";
        let task_id = "string";
        client
            .certifications()
            .get_identity_certification_task_status(id, task_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityCertificationTaskStatus", result.await);
    let result = async {
        let id = "string";
        client
            .certifications()
            .get_identity_certification_pending_tasks(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityCertificationPendingTasks", result.await);
    let result = async {
        let certification_id = "ef38f94347e94562b5bb8424a56397d8";
        let item_id = "2c91808671bcbab40171bd945d961227";
        client
            .certifications()
            .get_identity_certification_item_permissions(certification_id, item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityCertificationItemPermissions", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certifications()
            .list_certification_reviewers(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCertificationReviewers", result.await);
    let result = async {
        client
            .certifications()
            .list_certifications()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCertifications", result.await);
}

#[allow(deprecated)]
async fn connector_rule_management(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .connector_rule_management()
            .get_connector_rule_list()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorRuleList", result.await);
    let result = async {
        let connector_rule_create_request = parse(
            r#"{"name":"WebServiceBeforeOperationRule","type":"BuildMap","sourceCode":{"version":"1.0","script":"return \"Mr. \" + firstName;"}}"#,
        )?;
        client
            .connector_rule_management()
            .create_connector_rule(connector_rule_create_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createConnectorRule", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .get_connector_rule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorRule", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .update_connector_rule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateConnectorRule", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .delete_connector_rule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteConnectorRule", result.await);
    let result = async {
        let source_code = parse(
            r#"{"version":"1.0","script":"return \"Mr. \" + firstName;"}"#,
        )?;
        client
            .connector_rule_management()
            .validate_connector_rule(source_code)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "validateConnectorRule", result.await);
}

#[allow(deprecated)]
async fn connectors(client: &Client, failures: &mut Failures) {
    let result = async {
        client.connectors().get_connector_list().send().await.map(drop).map_err(reason)
    };
    record(failures, "getConnectorList", result.await);
}

#[allow(deprecated)]
async fn custom_forms(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .custom_forms()
            .search_form_definitions_by_tenant()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormDefinitionsByTenant", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_definition()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinition", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .get_form_definition_by_key(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormDefinitionByKey", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .delete_form_definition(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteFormDefinition", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .patch_form_definition(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchFormDefinition", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        schema_client
            .custom_forms()
            .show_preview_data_source(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "showPreviewDataSource", result.await);
    let result = async {
        client
            .custom_forms()
            .export_form_definitions_by_tenant()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportFormDefinitionsByTenant", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_definition_dynamic_schema()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionDynamicSchema", result.await);
    let result = async {
        client
            .custom_forms()
            .import_form_definitions()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importFormDefinitions", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_definition_by_template()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionByTemplate", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        let create_form_definition_file_request_request = parse(r#"{"file":[]}"#)?;
        client
            .custom_forms()
            .create_form_definition_file_request(
                form_definition_id,
                create_form_definition_file_request_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionFileRequest", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        let file_id = "00000031N0J7R2B57M8YG73J7M.png";
        client
            .custom_forms()
            .get_file_from_s3(form_definition_id, file_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFileFromS3", result.await);
    let result = async {
        client
            .custom_forms()
            .search_form_instances_by_tenant()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormInstancesByTenant", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_instance()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormInstance", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .get_form_instance_by_key(form_instance_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormInstanceByKey", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .patch_form_instance(form_instance_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchFormInstance", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        let form_element_id = "string";
        schema_client
            .custom_forms()
            .search_form_element_data_by_element_id(form_instance_id, form_element_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormElementDataByElementID", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        let file_id = "00000031N0J7R2B57M8YG73J7M.png";
        client
            .custom_forms()
            .get_form_instance_file(form_instance_id, file_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormInstanceFile", result.await);
    let result = async {
        client
            .custom_forms()
            .search_pre_defined_select_options()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchPreDefinedSelectOptions", result.await);
}

#[allow(deprecated)]
async fn custom_password_instructions(client: &Client, failures: &mut Failures) {
    let result = async {
        let custom_password_instruction = parse(r#"{}"#)?;
        client
            .custom_password_instructions()
            .create_custom_password_instructions(custom_password_instruction)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCustomPasswordInstructions", result.await);
    let result = async {
        let page_id = parse(r#""mfa:select""#)?;
        client
            .custom_password_instructions()
            .get_custom_password_instructions(page_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCustomPasswordInstructions", result.await);
    let result = async {
        let page_id = parse(r#""mfa:select""#)?;
        client
            .custom_password_instructions()
            .delete_custom_password_instructions(page_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCustomPasswordInstructions", result.await);
}

#[allow(deprecated)]
async fn entitlements(client: &Client, failures: &mut Failures) {
    let result = async {
        client.entitlements().list_entitlements().send().await.map(drop).map_err(reason)
    };
    record(failures, "listEntitlements", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client.entitlements().get_entitlement(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getEntitlement", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .entitlements()
            .patch_entitlement(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchEntitlement", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        client
            .entitlements()
            .list_entitlement_parents(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementParents", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client
            .entitlements()
            .list_entitlement_children(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementChildren", result.await);
    let result = async {
        let entitlement_bulk_update_request = parse(
            r#"{"entitlementIds":["2c91808a7624751a01762f19d665220d","2c91808a7624751a01762f19d67c220e","2c91808a7624751a01762f19d692220f"],"jsonPatch":[{"op":"replace","path":"/privileged","value":false},{"op":"replace","path":"/requestable","value":false}]}"#,
        )?;
        client
            .entitlements()
            .update_entitlements_in_bulk(entitlement_bulk_update_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateEntitlementsInBulk", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client
            .entitlements()
            .get_entitlement_request_config(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementRequestConfig", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let entitlement_request_config = parse(r#"{}"#)?;
        client
            .entitlements()
            .put_entitlement_request_config(id, entitlement_request_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putEntitlementRequestConfig", result.await);
    let result = async {
        let source_id = "2c91808a7813090a017814121919ecca";
        client
            .entitlements()
            .reset_source_entitlements(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "resetSourceEntitlements", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        client
            .entitlements()
            .create_access_model_metadata_for_entitlement(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataForEntitlement", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        client
            .entitlements()
            .delete_access_model_metadata_from_entitlement(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessModelMetadataFromEntitlement", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .entitlements()
            .import_entitlements_by_source(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importEntitlementsBySource", result.await);
}

#[allow(deprecated)]
async fn governance_groups(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .governance_groups()
            .list_workgroups()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkgroups", result.await);
    let result = async {
        let workgroup_dto = parse(r#"{}"#)?;
        client
            .governance_groups()
            .create_workgroup(workgroup_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createWorkgroup", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .get_workgroup(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkgroup", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .delete_workgroup(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroup", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .patch_workgroup(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchWorkgroup", result.await);
    let result = async {
        let workgroup_bulk_delete_request = parse(r#"{}"#)?;
        client
            .governance_groups()
            .delete_workgroups_in_bulk(workgroup_bulk_delete_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroupsInBulk", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        client
            .governance_groups()
            .list_connections(workgroup_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listConnections", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        client
            .governance_groups()
            .list_workgroup_members(workgroup_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkgroupMembers", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        let bulk_workgroup_members_request = parse(r#"[{}]"#)?;
        client
            .governance_groups()
            .update_workgroup_members(workgroup_id, bulk_workgroup_members_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateWorkgroupMembers", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        let bulk_workgroup_members_request = parse(r#"[{}]"#)?;
        client
            .governance_groups()
            .delete_workgroup_members(workgroup_id, bulk_workgroup_members_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroupMembers", result.await);
}

#[allow(deprecated)]
async fn iai_access_request_recommendations(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendations", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_ignored_items()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsIgnoredItems", result.await);
    let result = async {
        let access_request_recommendation_action_item_dto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_ignored_item(
                access_request_recommendation_action_item_dto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsIgnoredItem", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_requested_items()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsRequestedItems", result.await);
    let result = async {
        let access_request_recommendation_action_item_dto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_requested_item(
                access_request_recommendation_action_item_dto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsRequestedItem", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_viewed_items()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsViewedItems", result.await);
    let result = async {
        let access_request_recommendation_action_item_dto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_viewed_item(
                access_request_recommendation_action_item_dto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsViewedItem", result.await);
    let result = async {
        let access_request_recommendation_action_item_dto = parse(
            r#"[{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}]"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_viewed_items(
                access_request_recommendation_action_item_dto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsViewedItems", result.await);
}

#[allow(deprecated)]
async fn iai_common_access(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_common_access()
            .get_common_access()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCommonAccess", result.await);
    let result = async {
        let common_access_item_request = parse(r#"{}"#)?;
        client
            .iai_common_access()
            .create_common_access(common_access_item_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCommonAccess", result.await);
    let result = async {
        let common_access_id_status = parse(r#"[{}]"#)?;
        client
            .iai_common_access()
            .update_common_access_status_in_bulk(common_access_id_status)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateCommonAccessStatusInBulk", result.await);
}

#[allow(deprecated)]
async fn iai_message_catalogs(client: &Client, failures: &mut Failures) {
    let result = async {
        let catalog_id = parse(r#""recommender""#)?;
        client
            .iai_message_catalogs()
            .get_message_catalogs(catalog_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMessageCatalogs", result.await);
}

#[allow(deprecated)]
async fn iai_outliers(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_outliers()
            .get_identity_outlier_snapshots()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOutlierSnapshots", result.await);
    let result = async {
        client
            .iai_outliers()
            .get_latest_identity_outlier_snapshots()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLatestIdentityOutlierSnapshots", result.await);
    let result = async {
        client
            .iai_outliers()
            .get_identity_outliers()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOutliers", result.await);
    let result = async {
        let outlier_id = "2c918085842e69ae018432d22ccb212f";
        client
            .iai_outliers()
            .get_peer_group_outliers_contributing_features(outlier_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPeerGroupOutliersContributingFeatures", result.await);
    let result = async {
        let outlier_id = "2c918085842e69ae018432d22ccb212f";
        let contributing_feature_name = parse(r#""entitlement_count""#)?;
        client
            .iai_outliers()
            .list_outliers_contributing_feature_access_items(
                outlier_id,
                contributing_feature_name,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOutliersContributingFeatureAccessItems", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .iai_outliers()
            .ignore_identity_outliers(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "ignoreIdentityOutliers", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .iai_outliers()
            .un_ignore_identity_outliers(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "unIgnoreIdentityOutliers", result.await);
    let result = async {
        client
            .iai_outliers()
            .export_outliers_zip()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportOutliersZip", result.await);
    let result = async {
        let outlier_feature_id = "04654b66-7561-4090-94f9-abee0722a1af";
        client
            .iai_outliers()
            .get_outlier_contributing_feature_summary(outlier_feature_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOutlierContributingFeatureSummary", result.await);
}

#[allow(deprecated)]
async fn iai_peer_group_strategies(client: &Client, failures: &mut Failures) {
    let result = async {
        let strategy = parse(r#""entitlement""#)?;
        client
            .iai_peer_group_strategies()
            .get_peer_group_outliers(strategy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPeerGroupOutliers", result.await);
}

#[allow(deprecated)]
async fn iai_recommendations(client: &Client, failures: &mut Failures) {
    let result = async {
        let recommendation_request_dto = parse(r#"{}"#)?;
        client
            .iai_recommendations()
            .get_recommendations(recommendation_request_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRecommendations", result.await);
    let result = async {
        client
            .iai_recommendations()
            .get_recommendations_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRecommendationsConfig", result.await);
    let result = async {
        let recommendation_config_dto = parse(r#"{}"#)?;
        client
            .iai_recommendations()
            .update_recommendations_config(recommendation_config_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateRecommendationsConfig", result.await);
}

#[allow(deprecated)]
async fn iai_role_mining(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_role_mining()
            .get_role_mining_sessions()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSessions", result.await);
    let result = async {
        let role_mining_session_dto = parse(r#"{}"#)?;
        client
            .iai_role_mining()
            .create_role_mining_sessions(role_mining_session_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createRoleMiningSessions", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_session(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSession", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .iai_role_mining()
            .patch_role_mining_session(session_id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchRoleMiningSession", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_session_status(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSessionStatus", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_potential_role_summaries(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleSummaries", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let json_patch_operation_role_mining = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .iai_role_mining()
            .patch_potential_role_session(
                session_id,
                potential_role_id,
                json_patch_operation_role_mining,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPotentialRoleSession", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "62f28d91-7d9f-4d17-be15-666d5b41d77f";
        client
            .iai_role_mining()
            .get_potential_role_applications(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleApplications", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "62f28d91-7d9f-4d17-be15-666d5b41d77f";
        client
            .iai_role_mining()
            .get_potential_role_entitlements(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleEntitlements", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_entitlements_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementsPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_entitlement_distribution_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementDistributionPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let role_mining_potential_role_edit_entitlements = parse(r#"{}"#)?;
        client
            .iai_role_mining()
            .update_entitlements_potential_role(
                session_id,
                potential_role_id,
                role_mining_potential_role_edit_entitlements,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateEntitlementsPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_identities_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitiesPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .export_role_mining_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRole", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        client
            .iai_role_mining()
            .export_role_mining_potential_role_async(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRoleAsync", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        let export_id = "4940ffd4-836f-48a3-b2b0-6d498c3fdf40";
        client
            .iai_role_mining()
            .export_role_mining_potential_role_status(
                session_id,
                potential_role_id,
                export_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRoleStatus", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        let export_id = "4940ffd4-836f-48a3-b2b0-6d498c3fdf40";
        client
            .iai_role_mining()
            .download_role_mining_potential_role_zip(
                session_id,
                potential_role_id,
                export_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "downloadRoleMiningPotentialRoleZip", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .create_potential_role_provision_request(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPotentialRoleProvisionRequest", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_excluded_entitlements_potential_role(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getExcludedEntitlementsPotentialRole", result.await);
    let result = async {
        client
            .iai_role_mining()
            .get_all_potential_role_summaries()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAllPotentialRoleSummaries", result.await);
    let result = async {
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_potential_role(potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningPotentialRole", result.await);
    let result = async {
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let json_patch_operation_role_mining = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .iai_role_mining()
            .patch_role_mining_potential_role(
                potential_role_id,
                json_patch_operation_role_mining,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchRoleMiningPotentialRole", result.await);
    let result = async {
        client
            .iai_role_mining()
            .get_saved_potential_roles()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSavedPotentialRoles", result.await);
    let result = async {
        let potential_role_id = "e0cc5d7d-bf7f-4f81-b2af-8885b09d9923";
        let source_id = "2c9180877620c1460176267f336a106f";
        client
            .iai_role_mining()
            .get_potential_role_source_identity_usage(potential_role_id, source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleSourceIdentityUsage", result.await);
}

#[allow(deprecated)]
async fn icons(client: &Client, failures: &mut Failures) {
    let result = async {
        let object_type = parse(r#""application""#)?;
        let object_id = "a291e870-48c3-4953-b656-fb5ce2a93169";
        let set_icon_request = parse(r#"{"image":[]}"#)?;
        client
            .icons()
            .set_icon(object_type, object_id, set_icon_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setIcon", result.await);
    let result = async {
        let object_type = parse(r#""application""#)?;
        let object_id = "a291e870-48c3-4953-b656-fb5ce2a93169";
        client
            .icons()
            .delete_icon(object_type, object_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIcon", result.await);
}

#[allow(deprecated)]
async fn identities(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_id = "string";
        client
            .identities()
            .synchronize_attributes_for_identity(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "synchronizeAttributesForIdentity", result.await);
    let result = async {
        let identity_id = "ff8081814d2a8036014d701f3fbf53fa";
        schema_client
            .identities()
            .get_identity_ownership_details(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOwnershipDetails", result.await);
    let result = async {
        client.identities().list_identities().send().await.map(drop).map_err(reason)
    };
    record(failures, "listIdentities", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.identities().get_identity(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getIdentity", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.identities().delete_identity(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteIdentity", result.await);
    let result = async {
        let invite_identities_request = parse(r#"{}"#)?;
        client
            .identities()
            .start_identities_invite(invite_identities_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startIdentitiesInvite", result.await);
    let result = async {
        let id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        let send_account_verification_request = parse(r#"{"via":"EMAIL_WORK"}"#)?;
        client
            .identities()
            .send_identity_verification_account_token(
                id,
                send_account_verification_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendIdentityVerificationAccountToken", result.await);
    let result = async {
        let process_identities_request = parse(r#"{}"#)?;
        client
            .identities()
            .start_identity_processing(process_identities_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startIdentityProcessing", result.await);
    let result = async {
        let identity_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .identities()
            .reset_identity(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "resetIdentity", result.await);
    let result = async {
        let identity_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .identities()
            .get_role_assignments(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignments", result.await);
    let result = async {
        let identity_id = "ef38f94347e94562b5bb8424a56397d8";
        let assignment_id = "1cbb0705b38c4226b1334eadd8874086";
        client
            .identities()
            .get_role_assignment(identity_id, assignment_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignment", result.await);
}

#[allow(deprecated)]
async fn identity_attributes(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .identity_attributes()
            .list_identity_attributes()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityAttributes", result.await);
    let result = async {
        let identity_attribute = parse(r#"{"name":"costCenter"}"#)?;
        client
            .identity_attributes()
            .create_identity_attribute(identity_attribute)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityAttribute", result.await);
    let result = async {
        let name = "displayName";
        client
            .identity_attributes()
            .get_identity_attribute(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityAttribute", result.await);
    let result = async {
        let name = "displayName";
        let identity_attribute = parse(r#"{"name":"costCenter"}"#)?;
        client
            .identity_attributes()
            .put_identity_attribute(name, identity_attribute)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putIdentityAttribute", result.await);
    let result = async {
        let name = "displayName";
        client
            .identity_attributes()
            .delete_identity_attribute(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityAttribute", result.await);
    let result = async {
        let identity_attribute_names = parse(r#"{}"#)?;
        client
            .identity_attributes()
            .delete_identity_attributes_in_bulk(identity_attribute_names)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityAttributesInBulk", result.await);
}

#[allow(deprecated)]
async fn identity_history(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .identity_history()
            .list_historical_identities()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listHistoricalIdentities", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_historical_identity(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getHistoricalIdentity", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .list_identity_access_items(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityAccessItems", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .list_identity_snapshots(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentitySnapshots", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_identity_snapshot_summary(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySnapshotSummary", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let date = "2007-03-01T13:00:00Z";
        client
            .identity_history()
            .get_identity_snapshot(id, date)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySnapshot", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let date = "2007-03-01T13:00:00Z";
        client
            .identity_history()
            .list_identity_snapshot_access_items(id, date)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentitySnapshotAccessItems", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_historical_identity_events(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getHistoricalIdentityEvents", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_identity_start_date(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityStartDate", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .compare_identity_snapshots(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "compareIdentitySnapshots", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let access_type = parse(r#""role""#)?;
        client
            .identity_history()
            .compare_identity_snapshots_access_type(id, access_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "compareIdentitySnapshotsAccessType", result.await);
}

#[allow(deprecated)]
async fn identity_profiles(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .identity_profiles()
            .list_identity_profiles()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityProfiles", result.await);
    let result = async {
        let identity_profile = parse(r#"{"name":"aName","authoritativeSource":{}}"#)?;
        client
            .identity_profiles()
            .create_identity_profile(identity_profile)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityProfile", result.await);
    let result = async {
        let identity_profile_bulk_delete = parse(r#"["string"]"#)?;
        client
            .identity_profiles()
            .delete_identity_profiles(identity_profile_bulk_delete)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityProfiles", result.await);
    let result = async {
        client
            .identity_profiles()
            .export_identity_profiles()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportIdentityProfiles", result.await);
    let result = async {
        let identity_profile_exported_object = parse(r#"[{}]"#)?;
        client
            .identity_profiles()
            .import_identity_profiles(identity_profile_exported_object)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importIdentityProfiles", result.await);
    let result = async {
        let identity_preview_request = parse(r#"{}"#)?;
        client
            .identity_profiles()
            .show_generate_identity_preview(identity_preview_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "showGenerateIdentityPreview", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .get_identity_profile(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityProfile", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .delete_identity_profile(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityProfile", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .identity_profiles()
            .update_identity_profile(identity_profile_id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateIdentityProfile", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .get_default_identity_attribute_config(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDefaultIdentityAttributeConfig", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .sync_identity_profile(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "syncIdentityProfile", result.await);
}

#[allow(deprecated)]
async fn launchers(client: &Client, failures: &mut Failures) {
    let result = async {
        client.launchers().get_launchers().send().await.map(drop).map_err(reason)
    };
    record(failures, "getLaunchers", result.await);
    let result = async {
        let launcher_request = parse(
            r#"{"name":"Group Create","description":"Create a new Active Directory Group","type":"INTERACTIVE_PROCESS","disabled":false,"config":"{}"}"#,
        )?;
        client
            .launchers()
            .create_launcher(launcher_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createLauncher", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .get_launcher(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLauncher", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        let launcher_request = parse(
            r#"{"name":"Group Create","description":"Create a new Active Directory Group","type":"INTERACTIVE_PROCESS","disabled":false,"config":"{}"}"#,
        )?;
        client
            .launchers()
            .put_launcher(launcher_id, launcher_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putLauncher", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .delete_launcher(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteLauncher", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .start_launcher(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startLauncher", result.await);
}

#[allow(deprecated)]
async fn lifecycle_states(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecycle_state_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .lifecycle_states()
            .get_lifecycle_states(identity_profile_id, lifecycle_state_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLifecycleStates", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecycle_state_id = "ef38f94347e94562b5bb8424a56397d8";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .lifecycle_states()
            .update_lifecycle_states(
                identity_profile_id,
                lifecycle_state_id,
                json_patch_operation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateLifecycleStates", result.await);
}

#[allow(deprecated)]
async fn managed_clients(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "aClientId";
        let r#type = parse(r#""VA""#)?;
        client
            .managed_clients()
            .get_managed_client_status(id, r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClientStatus", result.await);
    let result = async {
        let id = "aClientId";
        let managed_client_status = parse(
            r#"{"body":{"alertKey":"","id":"5678","clusterId":"1234","ccg_etag":"ccg_etag123xyz456","ccg_pin":"NONE","cookbook_etag":"20210420125956-20210511144538","hostname":"megapod-useast1-secret-hostname.sailpoint.com","internal_ip":"127.0.0.1","lastSeen":"1620843964604","sinceSeen":"14708","sinceSeenMillis":"14708","localDev":false,"stacktrace":"","state":null,"status":"NORMAL","uuid":null,"product":"idn","va_version":null,"platform_version":"2","os_version":"2345.3.1","os_type":"flatcar","hypervisor":"unknown"},"status":"NORMAL","type":"CCG","timestamp":"2020-01-01T00:00:00.000000Z"}"#,
        )?;
        client
            .managed_clients()
            .update_managed_client_status(id, managed_client_status)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateManagedClientStatus", result.await);
}

#[allow(deprecated)]
async fn managed_clusters(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "aClusterId";
        client
            .managed_clusters()
            .get_managed_cluster(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedCluster", result.await);
    let result = async {
        let id = "aClusterId";
        client
            .managed_clusters()
            .get_client_log_configuration(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getClientLogConfiguration", result.await);
    let result = async {
        let id = "aClusterId";
        let client_log_configuration = parse(
            r#"{"durationMinutes":120,"rootLevel":"INFO"}"#,
        )?;
        client
            .managed_clusters()
            .put_client_log_configuration(id, client_log_configuration)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putClientLogConfiguration", result.await);
    let result = async {
        client
            .managed_clusters()
            .get_managed_clusters()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClusters", result.await);
}

#[allow(deprecated)]
async fn mfa_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_okta_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFAOktaConfig", result.await);
    let result = async {
        let mfa_okta_config = parse(r#"{}"#)?;
        client
            .mfa_configuration()
            .set_mfa_okta_config(mfa_okta_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFAOktaConfig", result.await);
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_duo_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFADuoConfig", result.await);
    let result = async {
        let mfa_duo_config = parse(r#"{}"#)?;
        client
            .mfa_configuration()
            .set_mfa_duo_config(mfa_duo_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFADuoConfig", result.await);
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_kba_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFAKbaConfig", result.await);
    let result = async {
        let kba_answer_request_item = parse(
            r#"[{"id":"c54fee53-2d63-4fc5-9259-3e93b9994135","answer":"Your answer"}]"#,
        )?;
        client
            .mfa_configuration()
            .set_mfakba_config(kba_answer_request_item)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFAKBAConfig", result.await);
    let result = async {
        let method = parse(r#""okta-verify""#)?;
        client
            .mfa_configuration()
            .test_mfa_config(method)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testMFAConfig", result.await);
    let result = async {
        let method = parse(r#""okta-verify""#)?;
        client
            .mfa_configuration()
            .delete_mfa_config(method)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMFAConfig", result.await);
}

#[allow(deprecated)]
async fn mfa_controller(client: &Client, failures: &mut Failures) {
    let result = async {
        let okta_verification_request = parse(r#"{"userId":"example@mail.com"}"#)?;
        client
            .mfa_controller()
            .send_okta_verify_request(okta_verification_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendOktaVerifyRequest", result.await);
    let result = async {
        let duo_verification_request = parse(
            r#"{"userId":"2c9180947f0ef465017f215cbcfd004b","signedResponse":"AUTH|d2lsbC5hbGJpbnxESTZNMFpHSThKQVRWTVpZN0M5VXwxNzAxMjUzMDg5|f1f5f8ced5b340f3d303b05d0efa0e43b6a8f970:APP|d2lsbC5hbGJpbnxESTZNMFpHSThKQVRWTVpZN0M5VXwxNzAxMjU2NjE5|cb44cf44353f5127edcae31b1da0355f87357db2"}"#,
        )?;
        client
            .mfa_controller()
            .send_duo_verify_request(duo_verification_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendDuoVerifyRequest", result.await);
    let result = async {
        let method = parse(r#""okta-verify""#)?;
        let verification_poll_request = parse(
            r#"{"requestId":"089899f13a8f4da7824996191587bab9"}"#,
        )?;
        client
            .mfa_controller()
            .ping_verification_status(method, verification_poll_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "pingVerificationStatus", result.await);
    let result = async {
        let kba_answer_request_item = parse(
            r#"[{"id":"c54fee53-2d63-4fc5-9259-3e93b9994135","answer":"Your answer"}]"#,
        )?;
        client
            .mfa_controller()
            .send_kba_answers(kba_answer_request_item)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendKbaAnswers", result.await);
    let result = async {
        let token_auth_request = parse(
            r#"{"token":"12345","userAlias":"will.albin","deliveryType":"EMAIL_WORK"}"#,
        )?;
        client
            .mfa_controller()
            .send_token_auth_request(token_auth_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendTokenAuthRequest", result.await);
    let result = async {
        let send_token_request = parse(
            r#"{"userAlias":"will.albin","deliveryType":"EMAIL_WORK"}"#,
        )?;
        client
            .mfa_controller()
            .create_send_token(send_token_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSendToken", result.await);
}

#[allow(deprecated)]
async fn multi_host_integration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .multi_host_integration()
            .get_multi_host_integrations_list()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostIntegrationsList", result.await);
    let result = async {
        let multi_host_integrations_create = parse(
            r#"{"name":"My Multi-Host Integration","description":"This is the Multi-Host Integration.","owner":{},"connector":"multihost-microsoft-sql-server"}"#,
        )?;
        client
            .multi_host_integration()
            .create_multi_host_integration(multi_host_integrations_create)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMultiHostIntegration", result.await);
    let result = async {
        client
            .multi_host_integration()
            .get_multihost_integration_types()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultihostIntegrationTypes", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        client
            .multi_host_integration()
            .get_multi_host_integrations(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostIntegrations", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        let multi_host_integrations_create_sources = parse(r#"[{"name":"My Source"}]"#)?;
        client
            .multi_host_integration()
            .create_sources_within_multi_host(
                multihost_id,
                multi_host_integrations_create_sources,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourcesWithinMultiHost", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        client
            .multi_host_integration()
            .delete_multi_host(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMultiHost", result.await);
    let result = async {
        let multihost_id = "anId";
        let update_multi_host_sources_request_inner = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .multi_host_integration()
            .update_multi_host_sources(
                multihost_id,
                update_multi_host_sources_request_inner,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMultiHostSources", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1324";
        client
            .multi_host_integration()
            .test_connection_multi_host_sources(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testConnectionMultiHostSources", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        let source_id = "2c91808568c529f60168cca6f90c1324";
        client
            .multi_host_integration()
            .test_source_connection_multihost(multihost_id, source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConnectionMultihost", result.await);
    let result = async {
        let multihost_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_sources_within_multi_host(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourcesWithinMultiHost", result.await);
    let result = async {
        let multi_host_id = "004091cb79b04636b88662afa50a4440";
        client
            .multi_host_integration()
            .get_multi_host_source_creation_errors(multi_host_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostSourceCreationErrors", result.await);
    let result = async {
        let multihost_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_acct_aggregation_groups(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAcctAggregationGroups", result.await);
    let result = async {
        let multi_host_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_entitlement_aggregation_groups(multi_host_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementAggregationGroups", result.await);
}

#[allow(deprecated)]
async fn non_employee_lifecycle_management(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_records()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeRecords", result.await);
    let result = async {
        let non_employee_request_body = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_record(non_employee_request_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeRecord", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_record(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRecord", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        let non_employee_request_body = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .put_non_employee_record(id, non_employee_request_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putNonEmployeeRecord", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_record(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRecord", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_record(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeRecord", result.await);
    let result = async {
        let delete_non_employee_record_in_bulk_request = parse(
            r#"{"ids":["3fa85f64-5717-4562-b3fc-2c963f66afa6"]}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_record_in_bulk(
                delete_non_employee_record_in_bulk_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRecordInBulk", result.await);
    let result = async {
        let requested_for = "me";
        client
            .non_employee_lifecycle_management()
            .list_non_employee_requests(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeRequests", result.await);
    let result = async {
        let non_employee_request_body = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_request(non_employee_request_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeRequest", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_request(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRequest", result.await);
    let result = async {
        let id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_request(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRequest", result.await);
    let result = async {
        let requested_for = "ac10d20a-841e-1e7d-8184-32d2e22c0179";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_request_summary(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRequestSummary", result.await);
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_sources()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeSources", result.await);
    let result = async {
        let non_employee_source_request_body = parse(
            r#"{"name":"Retail","description":"Source description","owner":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_source(non_employee_source_request_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeSource", result.await);
    let result = async {
        let source_id = "2c91808b7c28b350017c2a2ec5790aa1";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_source(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSource", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_source(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSource", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_source(source_id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeSource", result.await);
    let result = async {
        let id = "2c918085842e69ae018432d22ccb212f";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_export_records(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeExportRecords", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .import_non_employee_records_in_bulk(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importNonEmployeeRecordsInBulk", result.await);
    let result = async {
        let id = "2c918085842e69ae018432d22ccb212f";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_bulk_upload_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeBulkUploadStatus", result.await);
    let result = async {
        let id = "2c918085842e69ae018432d22ccb212f";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_export_source_schema_template(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeExportSourceSchemaTemplate", result.await);
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_approval()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeApproval", result.await);
    let result = async {
        let id = "ac10d20a-841e-1e7d-8184-32d2e22c0179";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_approval(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeApproval", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        let non_employee_approval_decision = parse(r#"{}"#)?;
        client
            .non_employee_lifecycle_management()
            .approve_non_employee_request(id, non_employee_approval_decision)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveNonEmployeeRequest", result.await);
    let result = async {
        let id = "2c91808b6ef1d43e016efba0ce470904";
        let non_employee_reject_approval_decision = parse(r#"{"comment":"string"}"#)?;
        client
            .non_employee_lifecycle_management()
            .reject_non_employee_request(id, non_employee_reject_approval_decision)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectNonEmployeeRequest", result.await);
    let result = async {
        let requested_for = "ac10d20a-841e-1e7d-8184-32d2e22c0179";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_approval_summary(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeApprovalSummary", result.await);
    let result = async {
        let source_id = "2c918085842e69ae018432d22ccb212f";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_source_schema_attributes(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSourceSchemaAttributes", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        let non_employee_schema_attribute_body = parse(
            r#"{"type":"TEXT","label":"Account Name","technicalName":"account.name"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_source_schema_attributes(
                source_id,
                non_employee_schema_attribute_body,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeSourceSchemaAttributes", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_source_schema_attributes(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSourceSchemaAttributes", result.await);
    let result = async {
        let source_id = "2c918085842e69ae018432d22ccb212f";
        let attribute_id = "2c918085842e69ae018432d22ccb212f";
        schema_client
            .non_employee_lifecycle_management()
            .get_non_employee_schema_attribute(source_id, attribute_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSchemaAttribute", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        let attribute_id = "2c91808b6ef1d43e016efba0ce470904";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_schema_attribute(source_id, attribute_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSchemaAttribute", result.await);
    let result = async {
        let source_id = "2c91808b6ef1d43e016efba0ce470904";
        let attribute_id = "2c91808b6ef1d43e016efba0ce470904";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_schema_attribute(
                source_id,
                attribute_id,
                json_patch_operation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeSchemaAttribute", result.await);
}

#[allow(deprecated)]
async fn notifications(client: &Client, failures: &mut Failures) {
    let result = async {
        let mail_from_attributes_dto = parse(r#"{}"#)?;
        client
            .notifications()
            .put_mail_from_attributes(mail_from_attributes_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putMailFromAttributes", result.await);
    let result = async {
        let identity_id = "bobsmith@sailpoint.com";
        client
            .notifications()
            .get_mail_from_attributes(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMailFromAttributes", result.await);
    let result = async {
        client
            .notifications()
            .list_notification_template_defaults()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationTemplateDefaults", result.await);
    let result = async {
        client
            .notifications()
            .list_notification_templates()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationTemplates", result.await);
    let result = async {
        let template_dto = parse(
            r#"{"key":"cloud_manual_work_item_summary","medium":"EMAIL","locale":"en"}"#,
        )?;
        client
            .notifications()
            .create_notification_template(template_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNotificationTemplate", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .notifications()
            .get_notification_template(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationTemplate", result.await);
    let result = async {
        let template_bulk_delete_dto = parse(
            r#"[{"key":"cloud_manual_work_item_summary"}]"#,
        )?;
        client
            .notifications()
            .delete_notification_templates_in_bulk(template_bulk_delete_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNotificationTemplatesInBulk", result.await);
    let result = async {
        client
            .notifications()
            .get_notifications_template_context()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationsTemplateContext", result.await);
    let result = async {
        let key = "cloud_manual_work_item_summary";
        client
            .notifications()
            .list_notification_preferences(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationPreferences", result.await);
    let result = async {
        let send_test_notification_request_dto = parse(r#"{}"#)?;
        client
            .notifications()
            .send_test_notification(send_test_notification_request_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendTestNotification", result.await);
    let result = async {
        client
            .notifications()
            .list_from_addresses()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listFromAddresses", result.await);
    let result = async {
        let email_status_dto = parse(r#"{}"#)?;
        client
            .notifications()
            .create_verified_from_address(email_status_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createVerifiedFromAddress", result.await);
    let result = async {
        let id = "string";
        client
            .notifications()
            .delete_verified_from_address(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteVerifiedFromAddress", result.await);
    let result = async {
        client
            .notifications()
            .get_dkim_attributes()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDkimAttributes", result.await);
    let result = async {
        let domain_address = parse(r#"{}"#)?;
        client
            .notifications()
            .create_domain_dkim(domain_address)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDomainDkim", result.await);
}

#[allow(deprecated)]
async fn o_auth_clients(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .o_auth_clients()
            .list_oauth_clients()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOauthClients", result.await);
    let result = async {
        let create_o_auth_client_request = parse(
            r#"{"name":"Demo API Client","description":"An API client used for the authorization_code, refresh_token, and client_credentials flows","accessTokenValiditySeconds":750,"grantTypes":["AUTHORIZATION_CODE","CLIENT_CREDENTIALS","REFRESH_TOKEN"],"accessType":"OFFLINE","enabled":true}"#,
        )?;
        client
            .o_auth_clients()
            .create_oauth_client(create_o_auth_client_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createOauthClient", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .o_auth_clients()
            .get_oauth_client(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOauthClient", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .o_auth_clients()
            .delete_oauth_client(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteOauthClient", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .o_auth_clients()
            .patch_oauth_client(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchOauthClient", result.await);
}

#[allow(deprecated)]
async fn org_config(client: &Client, failures: &mut Failures) {
    let result = async {
        client.org_config().get_org_config().send().await.map(drop).map_err(reason)
    };
    record(failures, "getOrgConfig", result.await);
    let result = async {
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .org_config()
            .patch_org_config(json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchOrgConfig", result.await);
    let result = async {
        client.org_config().get_valid_time_zones().send().await.map(drop).map_err(reason)
    };
    record(failures, "getValidTimeZones", result.await);
}

#[allow(deprecated)]
async fn password_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_configuration()
            .get_password_org_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordOrgConfig", result.await);
    let result = async {
        let password_org_config = parse(r#"{}"#)?;
        client
            .password_configuration()
            .put_password_org_config(password_org_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPasswordOrgConfig", result.await);
    let result = async {
        let password_org_config = parse(r#"{}"#)?;
        client
            .password_configuration()
            .create_password_org_config(password_org_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordOrgConfig", result.await);
}

#[allow(deprecated)]
async fn password_dictionary(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_dictionary()
            .get_password_dictionary()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordDictionary", result.await);
    let result = async {
        let put_password_dictionary_request = parse(r#"{"file":[]}"#)?;
        client
            .password_dictionary()
            .put_password_dictionary(put_password_dictionary_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPasswordDictionary", result.await);
}

#[allow(deprecated)]
async fn password_management(client: &Client, failures: &mut Failures) {
    let result = async {
        let password_digit_token_reset = parse(r#"{"userId":"Abby.Smith"}"#)?;
        client
            .password_management()
            .create_digit_token(password_digit_token_reset)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDigitToken", result.await);
    let result = async {
        let password_info_query_dto = parse(r#"{}"#)?;
        client
            .password_management()
            .query_password_info(password_info_query_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "queryPasswordInfo", result.await);
    let result = async {
        let password_change_request = parse(r#"{}"#)?;
        client
            .password_management()
            .set_identity_password(password_change_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setIdentityPassword", result.await);
    let result = async {
        let id = "string";
        client
            .password_management()
            .get_identity_password_change_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityPasswordChangeStatus", result.await);
}

#[allow(deprecated)]
async fn password_policies(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0005";
        client
            .password_policies()
            .get_password_policy_by_id(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordPolicyById", result.await);
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0007";
        let password_policy_v3_dto = parse(r#"{}"#)?;
        client
            .password_policies()
            .set_password_policy(id, password_policy_v3_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setPasswordPolicy", result.await);
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0002";
        client
            .password_policies()
            .delete_password_policy(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePasswordPolicy", result.await);
    let result = async {
        client
            .password_policies()
            .list_password_policies()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPasswordPolicies", result.await);
    let result = async {
        let password_policy_v3_dto = parse(r#"{}"#)?;
        client
            .password_policies()
            .create_password_policy(password_policy_v3_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordPolicy", result.await);
}

#[allow(deprecated)]
async fn password_sync_groups(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_sync_groups()
            .get_password_sync_groups()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordSyncGroups", result.await);
    let result = async {
        let password_sync_group = parse(r#"{}"#)?;
        client
            .password_sync_groups()
            .create_password_sync_group(password_sync_group)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordSyncGroup", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        client
            .password_sync_groups()
            .get_password_sync_group(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordSyncGroup", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        let password_sync_group = parse(r#"{}"#)?;
        client
            .password_sync_groups()
            .update_password_sync_group(id, password_sync_group)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updatePasswordSyncGroup", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        client
            .password_sync_groups()
            .delete_password_sync_group(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePasswordSyncGroup", result.await);
}

#[allow(deprecated)]
async fn personal_access_tokens(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        schema_client
            .personal_access_tokens()
            .list_personal_access_tokens()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPersonalAccessTokens", result.await);
    let result = async {
        let create_personal_access_token_request = parse(
            r#"{"name":"NodeJS Integration"}"#,
        )?;
        client
            .personal_access_tokens()
            .create_personal_access_token(create_personal_access_token_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPersonalAccessToken", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .personal_access_tokens()
            .delete_personal_access_token(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePersonalAccessToken", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        schema_client
            .personal_access_tokens()
            .patch_personal_access_token(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPersonalAccessToken", result.await);
}

#[allow(deprecated)]
async fn public_identities_config(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .public_identities_config()
            .get_public_identity_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPublicIdentityConfig", result.await);
    let result = async {
        let public_identity_config = parse(r#"{}"#)?;
        client
            .public_identities_config()
            .update_public_identity_config(public_identity_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updatePublicIdentityConfig", result.await);
}

#[allow(deprecated)]
async fn requestable_objects(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .requestable_objects()
            .list_requestable_objects()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listRequestableObjects", result.await);
}

#[allow(deprecated)]
async fn role_insights(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .role_insights()
            .create_role_insight_requests()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createRoleInsightRequests", result.await);
    let result = async {
        let id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_requests(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsRequests", result.await);
    let result = async {
        client
            .role_insights()
            .get_role_insights_summary()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsSummary", result.await);
    let result = async {
        client.role_insights().get_role_insights().send().await.map(drop).map_err(reason)
    };
    record(failures, "getRoleInsights", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insight(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsight", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_entitlements_changes(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsEntitlementsChanges", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .download_role_insights_entitlements_changes(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "downloadRoleInsightsEntitlementsChanges", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_current_entitlements(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsCurrentEntitlements", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let entitlement_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_entitlement_changes_identities(insight_id, entitlement_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementChangesIdentities", result.await);
}

#[allow(deprecated)]
async fn roles(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        schema_client.roles().list_roles().send().await.map(drop).map_err(reason)
    };
    record(failures, "listRoles", result.await);
    let result = async {
        let role = parse(r#"{"name":"Role 2567","owner":{}}"#)?;
        schema_client.roles().create_role(role).send().await.map(drop).map_err(reason)
    };
    record(failures, "createRole", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        schema_client.roles().get_role(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getRole", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.roles().delete_role(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteRole", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        schema_client
            .roles()
            .patch_role(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchRole", result.await);
    let result = async {
        let role_bulk_delete_request = parse(
            r#"{"roleIds":["2c9180847812e0b1017817051919ecca","2c9180887812e0b201781e129f151816"]}"#,
        )?;
        client
            .roles()
            .delete_bulk_roles(role_bulk_delete_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteBulkRoles", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .roles()
            .get_role_assigned_identities(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignedIdentities", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client.roles().get_role_entitlements(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getRoleEntitlements", result.await);
}

#[allow(deprecated)]
async fn search_attribute_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .search_attribute_configuration()
            .get_search_attribute_config()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSearchAttributeConfig", result.await);
    let result = async {
        let search_attribute_config = parse(r#"{}"#)?;
        client
            .search_attribute_configuration()
            .create_search_attribute_config(search_attribute_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSearchAttributeConfig", result.await);
    let result = async {
        let name = "newMailAttribute";
        client
            .search_attribute_configuration()
            .get_single_search_attribute_config(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSingleSearchAttributeConfig", result.await);
    let result = async {
        let name = "newMailAttribute";
        client
            .search_attribute_configuration()
            .delete_search_attribute_config(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSearchAttributeConfig", result.await);
    let result = async {
        let name = "promotedMailAttribute";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .search_attribute_configuration()
            .patch_search_attribute_config(name, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSearchAttributeConfig", result.await);
}

#[allow(deprecated)]
async fn segments(client: &Client, failures: &mut Failures) {
    let result = async {
        client.segments().list_segments().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSegments", result.await);
    let result = async {
        let segment = parse(r#"{}"#)?;
        client.segments().create_segment(segment).send().await.map(drop).map_err(reason)
    };
    record(failures, "createSegment", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.segments().get_segment(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSegment", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.segments().delete_segment(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSegment", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client.segments().patch_segment(id, body).send().await.map(drop).map_err(reason)
    };
    record(failures, "patchSegment", result.await);
}

#[allow(deprecated)]
async fn service_desk_integration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .service_desk_integration()
            .get_service_desk_integration_list()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationList", result.await);
    let result = async {
        let service_desk_integration_dto = parse(
            r#"{"name":"Service Desk Integration Name","description":"A very nice Service Desk integration","type":"ServiceNowSDIM","attributes":{"property":"value","key":"value"}}"#,
        )?;
        client
            .service_desk_integration()
            .create_service_desk_integration(service_desk_integration_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createServiceDeskIntegration", result.await);
    let result = async {
        let id = "anId";
        client
            .service_desk_integration()
            .get_service_desk_integration(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegration", result.await);
    let result = async {
        let id = "anId";
        let service_desk_integration_dto = parse(
            r#"{"name":"Service Desk Integration Name","description":"A very nice Service Desk integration","type":"ServiceNowSDIM","attributes":{"property":"value","key":"value"}}"#,
        )?;
        client
            .service_desk_integration()
            .put_service_desk_integration(id, service_desk_integration_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putServiceDeskIntegration", result.await);
    let result = async {
        let id = "anId";
        client
            .service_desk_integration()
            .delete_service_desk_integration(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteServiceDeskIntegration", result.await);
    let result = async {
        let id = "anId";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .service_desk_integration()
            .patch_service_desk_integration(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchServiceDeskIntegration", result.await);
    let result = async {
        client
            .service_desk_integration()
            .get_service_desk_integration_types()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationTypes", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .service_desk_integration()
            .get_service_desk_integration_template(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationTemplate", result.await);
    let result = async {
        client
            .service_desk_integration()
            .get_status_check_details()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStatusCheckDetails", result.await);
    let result = async {
        let queued_check_config_details = parse(
            r#"{"provisioningStatusCheckIntervalMinutes":"string","provisioningMaxStatusCheckDays":"string"}"#,
        )?;
        client
            .service_desk_integration()
            .update_status_check_details(queued_check_config_details)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateStatusCheckDetails", result.await);
}

#[allow(deprecated)]
async fn sim_integrations(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "string";
        client
            .sim_integrations()
            .get_sim_integration(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSIMIntegration", result.await);
    let result = async {
        let id = "string";
        let sim_integration_details = parse(r#"{"name":"aName"}"#)?;
        client
            .sim_integrations()
            .put_sim_integration(id, sim_integration_details)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSIMIntegration", result.await);
    let result = async {
        let id = "string";
        client
            .sim_integrations()
            .delete_sim_integration(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSIMIntegration", result.await);
    let result = async {
        let id = "string";
        let json_patch = parse(r#"{}"#)?;
        client
            .sim_integrations()
            .patch_sim_attributes(id, json_patch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSIMAttributes", result.await);
    let result = async {
        let id = "string";
        let json_patch = parse(r#"{}"#)?;
        client
            .sim_integrations()
            .patch_before_provisioning_rule(id, json_patch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchBeforeProvisioningRule", result.await);
    let result = async {
        client
            .sim_integrations()
            .get_sim_integrations()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSIMIntegrations", result.await);
    let result = async {
        let sim_integration_details = parse(r#"{"name":"aName"}"#)?;
        client
            .sim_integrations()
            .create_sim_integration(sim_integration_details)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSIMIntegration", result.await);
}

#[allow(deprecated)]
async fn sod_policies(client: &Client, failures: &mut Failures) {
    let result = async {
        client.sod_policies().list_sod_policies().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSodPolicies", result.await);
    let result = async {
        let sod_policy = parse(r#"{}"#)?;
        client
            .sod_policies()
            .create_sod_policy(sod_policy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSodPolicy", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.sod_policies().get_sod_policy(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSodPolicy", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let sod_policy = parse(r#"{}"#)?;
        client
            .sod_policies()
            .put_sod_policy(id, sod_policy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSodPolicy", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .delete_sod_policy(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSodPolicy", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let body = parse(r#"[{}]"#)?;
        client
            .sod_policies()
            .patch_sod_policy(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSodPolicy", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .get_sod_policy_schedule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodPolicySchedule", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let sod_policy_schedule = parse(r#"{}"#)?;
        client
            .sod_policies()
            .put_policy_schedule(id, sod_policy_schedule)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPolicySchedule", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .delete_sod_policy_schedule(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSodPolicySchedule", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.sod_policies().start_sod_policy(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "startSodPolicy", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .get_sod_violation_report_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodViolationReportStatus", result.await);
    let result = async {
        let report_result_id = "2e8d8180-24bc-4d21-91c6-7affdb473b0d";
        client
            .sod_policies()
            .get_sod_violation_report_run_status(report_result_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodViolationReportRunStatus", result.await);
    let result = async {
        client
            .sod_policies()
            .start_sod_all_policies_for_org()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startSodAllPoliciesForOrg", result.await);
    let result = async {
        client
            .sod_policies()
            .get_sod_all_report_run_status()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodAllReportRunStatus", result.await);
    let result = async {
        let report_result_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .get_default_violation_report(report_result_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDefaultViolationReport", result.await);
    let result = async {
        let report_result_id = "ef38f94347e94562b5bb8424a56397d8";
        let file_name2 = "custom-name";
        client
            .sod_policies()
            .get_custom_violation_report(report_result_id, file_name2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCustomViolationReport", result.await);
}

#[allow(deprecated)]
async fn sod_violations(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_with_new_access = parse(
            r#"{"identityId":"2c91808568c529c60168cca6f90c1313","accessRefs":[{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c050861ab1"},{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c0509c1ab2"}]}"#,
        )?;
        client
            .sod_violations()
            .start_predict_sod_violations(identity_with_new_access)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startPredictSodViolations", result.await);
}

#[allow(deprecated)]
async fn source_usages(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .source_usages()
            .get_status_by_source_id(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStatusBySourceId", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .source_usages()
            .get_usages_by_source_id(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUsagesBySourceId", result.await);
}

#[allow(deprecated)]
async fn sources(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        client.sources().list_sources().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSources", result.await);
    let result = async {
        let source = parse(
            r#"{"name":"My Source","owner":{},"connector":"active-directory"}"#,
        )?;
        client.sources().create_source(source).send().await.map(drop).map_err(reason)
    };
    record(failures, "createSource", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.sources().get_source(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSource", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let source = parse(
            r#"{"name":"My Source","owner":{},"connector":"active-directory"}"#,
        )?;
        client.sources().put_source(id, source).send().await.map(drop).map_err(reason)
    };
    record(failures, "putSource", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.sources().delete(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "delete", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSource", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_attr_sync_config(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceAttrSyncConfig", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let attr_sync_source_config = parse(
            r#"{"source":{},"attributes":[{"name":"email","displayName":"Email","enabled":true,"target":"mail"},{"name":"firstname","displayName":"First Name","enabled":false,"target":"givenName"}]}"#,
        )?;
        client
            .sources()
            .put_source_attr_sync_config(id, attr_sync_source_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceAttrSyncConfig", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client
            .sources()
            .test_source_connection(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConnection", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        let resource_objects_request = parse(r#"{}"#)?;
        client
            .sources()
            .peek_resource_objects(source_id, resource_objects_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "peekResourceObjects", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client.sources().ping_cluster(source_id).send().await.map(drop).map_err(reason)
    };
    record(failures, "pingCluster", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client
            .sources()
            .test_source_configuration(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConfiguration", result.await);
    let result = async {
        let id = "string";
        client.sources().get_source_config(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSourceConfig", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_native_change_detection_config(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNativeChangeDetectionConfig", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let native_change_detection_config = parse(r#"{}"#)?;
        client
            .sources()
            .put_native_change_detection_config(
                source_id,
                native_change_detection_config,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putNativeChangeDetectionConfig", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .delete_native_change_detection_config(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNativeChangeDetectionConfig", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .list_provisioning_policies(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listProvisioningPolicies", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let provisioning_policy_dto = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .create_provisioning_policy(source_id, provisioning_policy_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createProvisioningPolicy", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        client
            .sources()
            .get_provisioning_policy(source_id, usage_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProvisioningPolicy", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        let provisioning_policy_dto = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .put_provisioning_policy(source_id, usage_type, provisioning_policy_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putProvisioningPolicy", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        client
            .sources()
            .delete_provisioning_policy(source_id, usage_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteProvisioningPolicy", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        let v3_json_patch_operation = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .sources()
            .update_provisioning_policy(source_id, usage_type, v3_json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateProvisioningPolicy", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let provisioning_policy_dto = parse(
            r#"[{"name":"example provisioning policy for inactive identities"}]"#,
        )?;
        client
            .sources()
            .update_provisioning_policies_in_bulk(source_id, provisioning_policy_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateProvisioningPoliciesInBulk", result.await);
    let result = async {
        let source_id = "ebbf35756e1140699ce52b233121384a";
        client
            .sources()
            .delete_accounts_async(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccountsAsync", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_schemas(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSchemas", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema = parse(r#"{}"#)?;
        client
            .sources()
            .create_source_schema(source_id, schema)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceSchema", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_schema(source_id, schema_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSchema", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        let schema = parse(r#"{}"#)?;
        client
            .sources()
            .put_source_schema(source_id, schema_id, schema)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceSchema", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .delete_source_schema(source_id, schema_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceSchema", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_schema(source_id, schema_id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceSchema", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_source_accounts_schema(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceAccountsSchema", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let import_source_accounts_schema_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_source_accounts_schema(
                source_id,
                import_source_accounts_schema_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSourceAccountsSchema", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_source_entitlements_schema(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceEntitlementsSchema", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let import_source_entitlements_schema_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_source_entitlements_schema(
                source_id,
                import_source_entitlements_schema_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSourceEntitlementsSchema", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let import_source_connector_file_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_source_connector_file(
                source_id,
                import_source_connector_file_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSourceConnectorFile", result.await);
    let result = async {
        let source_id = "string";
        client
            .sources()
            .sync_attributes_for_source(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "syncAttributesForSource", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_source_entitlement_request_config(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceEntitlementRequestConfig", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let source_entitlement_request_config = parse(r#"{}"#)?;
        client
            .sources()
            .update_source_entitlement_request_config(
                source_id,
                source_entitlement_request_config,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceEntitlementRequestConfig", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        schema_client
            .sources()
            .import_accounts(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importAccounts", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sources()
            .import_entitlements(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importEntitlements", result.await);
    let result = async {
        let source_id = "75dbec1ebe154d5785da27b95e1dd5d7";
        schema_client
            .sources()
            .import_uncorrelated_accounts(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importUncorrelatedAccounts", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_correlation_config(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCorrelationConfig", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let correlation_config = parse(r#"{}"#)?;
        client
            .sources()
            .put_correlation_config(source_id, correlation_config)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putCorrelationConfig", result.await);
}

#[allow(deprecated)]
async fn sp_config(client: &Client, failures: &mut Failures) {
    let result = async {
        let export_payload = parse(r#"{}"#)?;
        client
            .sp_config()
            .export_sp_config(export_payload)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportSpConfig", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_export_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigExportStatus", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_export(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigExport", result.await);
    let result = async {
        let import_sp_config_request = parse(r#"{"data":[]}"#)?;
        client
            .sp_config()
            .import_sp_config(import_sp_config_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSpConfig", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_import_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigImportStatus", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_import(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigImport", result.await);
    let result = async {
        client
            .sp_config()
            .list_sp_config_objects()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSpConfigObjects", result.await);
}

#[allow(deprecated)]
async fn suggested_entitlement_description(client: &Client, failures: &mut Failures) {
    let result = async {
        let batch_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .suggested_entitlement_description()
            .get_sed_batch_stats(batch_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSedBatchStats", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .get_sed_batches()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSedBatches", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .submit_sed_batch_request()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedBatchRequest", result.await);
    let result = async {
        let sed_approval = parse(r#"[{}]"#)?;
        client
            .suggested_entitlement_description()
            .submit_sed_approval(sed_approval)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedApproval", result.await);
    let result = async {
        let sed_assignment = parse(r#"{}"#)?;
        client
            .suggested_entitlement_description()
            .submit_sed_assignment(sed_assignment)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedAssignment", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .list_seds()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSeds", result.await);
    let result = async {
        let sed_patch = parse(r#"[{}]"#)?;
        client
            .suggested_entitlement_description()
            .patch_sed(sed_patch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSed", result.await);
}

#[allow(deprecated)]
async fn tagged_objects(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .tagged_objects()
            .list_tagged_objects()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTaggedObjects", result.await);
    let result = async {
        let tagged_object = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .set_tag_to_object(tagged_object)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTagToObject", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        client
            .tagged_objects()
            .list_tagged_objects_by_type(r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTaggedObjectsByType", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .tagged_objects()
            .get_tagged_object(r#type, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaggedObject", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let tagged_object = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .put_tagged_object(r#type, id, tagged_object)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putTaggedObject", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .tagged_objects()
            .delete_tagged_object(r#type, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTaggedObject", result.await);
    let result = async {
        let bulk_tagged_object = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .set_tags_to_many_objects(bulk_tagged_object)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTagsToManyObjects", result.await);
    let result = async {
        let bulk_tagged_object = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .delete_tags_to_many_object(bulk_tagged_object)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTagsToManyObject", result.await);
}

#[allow(deprecated)]
async fn tags(client: &Client, failures: &mut Failures) {
    let result = async {
        client.tags().list_tags().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTags", result.await);
    let result = async {
        let tag = parse(r#"{"name":"PCI"}"#)?;
        client.tags().create_tag(tag).send().await.map(drop).map_err(reason)
    };
    record(failures, "createTag", result.await);
    let result = async {
        let id = "329d96cf-3bdb-40a9-988a-b5037ab89022";
        client.tags().get_tag_by_id(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getTagById", result.await);
    let result = async {
        let id = "329d96cf-3bdb-40a9-988a-b5037ab89022";
        client.tags().delete_tag_by_id(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteTagById", result.await);
}

#[allow(deprecated)]
async fn task_management(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "00eebcf881994e419d72e757fd30dc0e";
        client
            .task_management()
            .get_task_status(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaskStatus", result.await);
    let result = async {
        let id = "00eebcf881994e419d72e757fd30dc0e";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .task_management()
            .update_task_status(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateTaskStatus", result.await);
    let result = async {
        client
            .task_management()
            .get_task_status_list()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaskStatusList", result.await);
    let result = async {
        client
            .task_management()
            .get_pending_tasks()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPendingTasks", result.await);
    let result = async {
        client
            .task_management()
            .get_pending_task_headers()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPendingTaskHeaders", result.await);
}

#[allow(deprecated)]
async fn tenant(client: &Client, failures: &mut Failures) {
    let result = async {
        client.tenant().get_tenant().send().await.map(drop).map_err(reason)
    };
    record(failures, "getTenant", result.await);
}

#[allow(deprecated)]
async fn transforms(client: &Client, failures: &mut Failures) {
    let result = async {
        client.transforms().list_transforms().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTransforms", result.await);
    let result = async {
        let transform = parse(
            r#"{"name":"Timestamp To Date","type":"dateFormat","attributes":{"sourceName":"Workday","attributeName":"DEPARTMENT"}}"#,
        )?;
        client
            .transforms()
            .create_transform(transform)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createTransform", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client.transforms().get_transform(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getTransform", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client.transforms().update_transform(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "updateTransform", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client.transforms().delete_transform(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteTransform", result.await);
}

#[allow(deprecated)]
async fn triggers(client: &Client, failures: &mut Failures) {
    let result = async {
        client.triggers().list_triggers().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTriggers", result.await);
    let result = async {
        client.triggers().list_subscriptions().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSubscriptions", result.await);
    let result = async {
        let subscription_post_request = parse(
            r#"{"name":"Access request subscription","triggerId":"idn:access-requested","type":"HTTP"}"#,
        )?;
        client
            .triggers()
            .create_subscription(subscription_post_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSubscription", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let subscription_put_request = parse(r#"{}"#)?;
        client
            .triggers()
            .update_subscription(id, subscription_put_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSubscription", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        client.triggers().delete_subscription(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSubscription", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let subscription_patch_request = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .triggers()
            .patch_subscription(id, subscription_patch_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSubscription", result.await);
    let result = async {
        let validate_filter_input_dto = parse(
            r#"{"input":{"identityId":"201327fda1c44704ac01181e963d463c"},"filter":"$[?($.identityId == \"201327fda1c44704ac01181e963d463c\")]"}"#,
        )?;
        client
            .triggers()
            .test_subscription_filter(validate_filter_input_dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSubscriptionFilter", result.await);
    let result = async {
        client
            .triggers()
            .list_trigger_invocation_status()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTriggerInvocationStatus", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let complete_invocation = parse(
            r#"{"secret":"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde","output":{"approved":false}}"#,
        )?;
        client
            .triggers()
            .complete_trigger_invocation(id, complete_invocation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "completeTriggerInvocation", result.await);
    let result = async {
        let test_invocation = parse(
            r#"{"triggerId":"idn:access-request-post-approval","contentJson":{"workflowId":1234}}"#,
        )?;
        client
            .triggers()
            .start_test_trigger_invocation(test_invocation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startTestTriggerInvocation", result.await);
}

#[allow(deprecated)]
async fn ui_metadata(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .ui_metadata()
            .get_tenant_ui_metadata()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTenantUiMetadata", result.await);
    let result = async {
        let tenant_ui_metadata_item_update_request = parse(r#"{}"#)?;
        client
            .ui_metadata()
            .set_tenant_ui_metadata(tenant_ui_metadata_item_update_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTenantUiMetadata", result.await);
}

#[allow(deprecated)]
async fn work_items(client: &Client, failures: &mut Failures) {
    let result = async {
        client.work_items().list_work_items().send().await.map(drop).map_err(reason)
    };
    record(failures, "listWorkItems", result.await);
    let result = async {
        client
            .work_items()
            .get_completed_work_items()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCompletedWorkItems", result.await);
    let result = async {
        client.work_items().get_count_work_items().send().await.map(drop).map_err(reason)
    };
    record(failures, "getCountWorkItems", result.await);
    let result = async {
        client
            .work_items()
            .get_count_completed_work_items()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCountCompletedWorkItems", result.await);
    let result = async {
        client
            .work_items()
            .get_work_items_summary()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkItemsSummary", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.work_items().get_work_item(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getWorkItem", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.work_items().complete_work_item(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "completeWorkItem", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let work_item_forward = parse(
            r#"{"targetOwnerId":"2c9180835d2e5168015d32f890ca1581","comment":"I'm going on vacation."}"#,
        )?;
        client
            .work_items()
            .submit_forward_work_item(id, work_item_forward)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitForwardWorkItem", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let approval_item_id = "1211bcaa32112bcef6122adb21cef1ac";
        client
            .work_items()
            .approve_approval_item(id, approval_item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveApprovalItem", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let approval_item_id = "1211bcaa32112bcef6122adb21cef1ac";
        client
            .work_items()
            .reject_approval_item(id, approval_item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectApprovalItem", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .work_items()
            .approve_approval_items_in_bulk(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveApprovalItemsInBulk", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .work_items()
            .reject_approval_items_in_bulk(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectApprovalItemsInBulk", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"{}"#)?;
        client
            .work_items()
            .submit_account_selection(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitAccountSelection", result.await);
}

#[allow(deprecated)]
async fn work_reassignment(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        client
            .work_reassignment()
            .get_reassignment_config_types()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReassignmentConfigTypes", result.await);
    let result = async {
        client
            .work_reassignment()
            .list_reassignment_configurations()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listReassignmentConfigurations", result.await);
    let result = async {
        let configuration_item_request = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .create_reassignment_configuration(configuration_item_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createReassignmentConfiguration", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504f";
        client
            .work_reassignment()
            .get_reassignment_configuration(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReassignmentConfiguration", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let configuration_item_request = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .put_reassignment_config(identity_id, configuration_item_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putReassignmentConfig", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let config_type = parse(r#""ACCESS_REQUESTS""#)?;
        client
            .work_reassignment()
            .delete_reassignment_configuration(identity_id, config_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteReassignmentConfiguration", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let config_type = parse(r#""ACCESS_REQUESTS""#)?;
        schema_client
            .work_reassignment()
            .get_evaluate_reassignment_configuration(identity_id, config_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEvaluateReassignmentConfiguration", result.await);
    let result = async {
        client
            .work_reassignment()
            .get_tenant_config_configuration()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTenantConfigConfiguration", result.await);
    let result = async {
        let tenant_configuration_request = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .put_tenant_configuration(tenant_configuration_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putTenantConfiguration", result.await);
}

#[allow(deprecated)]
async fn workflows(client: &Client, failures: &mut Failures) {
    let result = async {
        client.workflows().list_workflows().send().await.map(drop).map_err(reason)
    };
    record(failures, "listWorkflows", result.await);
    let result = async {
        let workflow_body = parse(r#"{}"#)?;
        client
            .workflows()
            .create_workflow(workflow_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client.workflows().get_workflow(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let workflow_body = parse(r#"{}"#)?;
        client
            .workflows()
            .put_workflow(id, workflow_body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client.workflows().delete_workflow(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let json_patch_operation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .workflows()
            .patch_workflow(id, json_patch_operation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let test_workflow_request = parse(r#"{"input":{}}"#)?;
        client
            .workflows()
            .test_workflow(id, test_workflow_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_executions(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutions", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_execution(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecution", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_execution_history(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutionHistory", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .cancel_workflow_execution(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelWorkflowExecution", result.await);
    let result = async {
        client
            .workflows()
            .list_complete_workflow_library()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCompleteWorkflowLibrary", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_actions()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryActions", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_triggers()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryTriggers", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_operators()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryOperators", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .post_workflow_external_trigger(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "postWorkflowExternalTrigger", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .post_external_execute_workflow(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "postExternalExecuteWorkflow", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .test_external_execute_workflow(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testExternalExecuteWorkflow", result.await);
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
        SdkError::Other(sailpoint_beta::Error::Http { source, .. }) => {
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
