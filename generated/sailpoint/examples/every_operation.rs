//! Calls every operation of the API once, with arguments made from the spec's examples, against
//! the server at `API_URL`: a mock of the spec that serves it at its root, such as Prism. Prints
//! each failure and, last, `e2e: N/917 operations passed`. `cargo xtask e2e` runs it.
//!
//! A mock serves the spec's examples, and for 31 operations those (or the defaults it
//! serves first) contradict the response's type; the generator warns about each. For them the mock
//! is asked to make the response from the schema instead (`Prefer: dynamic=true`), and the program
//! says so.

use std::fmt::Debug;
use std::process::ExitCode;
use sailpoint::{Client, Config, RetryPolicy, SdkError};

type Failures = Vec<(&'static str, String)>;

/// The operations whose responses, as the spec's examples and defaults show them, the crate
/// cannot read (the generator warns about each contradiction): the mock makes theirs from the
/// schema.
const FROM_SCHEMA: &[&str] = &[
    "listAccessProfilesV1",
    "createAccessProfileV1",
    "getAccessProfileV1",
    "patchAccessProfileV1",
    "listAccessRequestStatusV1",
    "listAdministratorsAccessRequestStatusV1",
    "getAccountDeletionRequestsV1",
    "submitReassignCertsAsyncV1",
    "getCertificationTaskV1",
    "getPendingCertificationTasksV1",
    "listScheduledActionsV1",
    "listConnectorCustomizersV1",
    "createConnectorCustomizerV1",
    "getConnectorCustomizerV1",
    "putConnectorCustomizerV1",
    "showPreviewDataSourceV1",
    "searchFormElementDataByElementIDV1",
    "listDimensionAccessProfilesV1",
    "getIdentityOwnershipDetailsV1",
    "generateIdentityPreviewV1",
    "getReportResultV1",
    "startReportV1",
    "listRolesV1",
    "createRoleV1",
    "getRoleV1",
    "patchRoleV1",
    "updateAttributeKeyAndValueToRoleV1",
    "searchRolesByFilterV1",
    "importAccountsV1",
    "importUncorrelatedAccountsV1",
    "getEvaluateReassignmentConfigurationV1",
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
    account_deletion_requests(&client, &schema_client, &mut failures).await;
    account_usages(&client, &mut failures).await;
    accounts(&client, &mut failures).await;
    api_usage(&client, &mut failures).await;
    application_discovery(&client, &mut failures).await;
    approvals(&client, &mut failures).await;
    apps(&client, &mut failures).await;
    auth_profile(&client, &mut failures).await;
    auth_users(&client, &mut failures).await;
    branding(&client, &mut failures).await;
    business_applications(&client, &mut failures).await;
    certification_campaign_filters(&client, &mut failures).await;
    certification_campaigns(&client, &mut failures).await;
    certification_summaries(&client, &mut failures).await;
    certifications(&client, &schema_client, &mut failures).await;
    classify_source(&client, &mut failures).await;
    configuration_hub(&client, &schema_client, &mut failures).await;
    connector_customizers(&client, &schema_client, &mut failures).await;
    connector_rule_management(&client, &mut failures).await;
    connectors(&client, &mut failures).await;
    custom_forms(&client, &schema_client, &mut failures).await;
    custom_password_instructions(&client, &mut failures).await;
    custom_user_levels(&client, &mut failures).await;
    data_access_security(&client, &mut failures).await;
    data_segmentation(&client, &mut failures).await;
    declassify_source(&client, &mut failures).await;
    dimensions(&client, &schema_client, &mut failures).await;
    entitlement_connections(&client, &mut failures).await;
    entitlements(&client, &mut failures).await;
    global_tenant_security_settings(&client, &mut failures).await;
    governance_groups(&client, &mut failures).await;
    iai_access_request_recommendations(&client, &mut failures).await;
    iai_common_access(&client, &mut failures).await;
    iai_outliers(&client, &mut failures).await;
    iai_peer_group_strategies(&client, &mut failures).await;
    iai_recommendations(&client, &mut failures).await;
    iai_role_mining(&client, &mut failures).await;
    icons(&client, &mut failures).await;
    identities(&client, &schema_client, &mut failures).await;
    identity_attributes(&client, &mut failures).await;
    identity_history(&client, &mut failures).await;
    identity_profiles(&client, &schema_client, &mut failures).await;
    intelligence(&client, &mut failures).await;
    jit_access(&client, &mut failures).await;
    jit_activations(&client, &mut failures).await;
    lifecycle_states(&client, &mut failures).await;
    machine_account_classify(&client, &mut failures).await;
    machine_account_creation_request(&client, &mut failures).await;
    machine_account_mappings(&client, &mut failures).await;
    machine_account_subtypes(&client, &mut failures).await;
    machine_accounts(&client, &mut failures).await;
    machine_classification_config(&client, &mut failures).await;
    machine_identities(&client, &mut failures).await;
    machine_identity_lifecycle_actions(&client, &mut failures).await;
    managed_clients(&client, &mut failures).await;
    managed_cluster_types(&client, &mut failures).await;
    managed_clusters(&client, &mut failures).await;
    mfa_configuration(&client, &mut failures).await;
    multi_host_integration(&client, &mut failures).await;
    non_employee_lifecycle_management(&client, &mut failures).await;
    notifications(&client, &mut failures).await;
    o_auth_clients(&client, &mut failures).await;
    org_config(&client, &mut failures).await;
    parameter_storage(&client, &mut failures).await;
    password_configuration(&client, &mut failures).await;
    password_dictionary(&client, &mut failures).await;
    password_management(&client, &mut failures).await;
    password_policies(&client, &mut failures).await;
    password_sync_groups(&client, &mut failures).await;
    personal_access_tokens(&client, &mut failures).await;
    privilege_criteria(&client, &mut failures).await;
    privilege_criteria_configuration(&client, &mut failures).await;
    public_identities(&client, &mut failures).await;
    public_identities_config(&client, &mut failures).await;
    public_machine_identities(&client, &mut failures).await;
    reports_data_extraction(&client, &schema_client, &mut failures).await;
    requestable_objects(&client, &mut failures).await;
    role_insights(&client, &mut failures).await;
    role_propagation(&client, &mut failures).await;
    roles(&client, &schema_client, &mut failures).await;
    saved_search(&client, &mut failures).await;
    scheduled_search(&client, &mut failures).await;
    search(&client, &mut failures).await;
    search_attribute_configuration(&client, &mut failures).await;
    segments(&client, &mut failures).await;
    service_desk_integration(&client, &mut failures).await;
    shared_signals_framework_ssf(&client, &mut failures).await;
    sim_integrations(&client, &mut failures).await;
    sod_controls(&client, &mut failures).await;
    sod_policies(&client, &mut failures).await;
    sod_violations(&client, &mut failures).await;
    source_usages(&client, &mut failures).await;
    sources(&client, &schema_client, &mut failures).await;
    sp_config(&client, &mut failures).await;
    suggested_entitlement_description(&client, &mut failures).await;
    tagged_objects(&client, &mut failures).await;
    task_management(&client, &mut failures).await;
    tenant(&client, &mut failures).await;
    tenant_context(&client, &mut failures).await;
    transforms(&client, &mut failures).await;
    triggers(&client, &mut failures).await;
    ui_metadata(&client, &mut failures).await;
    work_items(&client, &mut failures).await;
    work_reassignment(&client, &schema_client, &mut failures).await;
    workflows(&client, &mut failures).await;
    launchers(&client, &mut failures).await;
    tags(&client, &mut failures).await;
    for operation in FROM_SCHEMA {
        println!(
            "FROM SCHEMA {operation}: the spec's examples or defaults contradict the response's type"
        );
    }
    for (operation, reason) in &failures {
        println!("FAIL {operation}: {reason}");
    }
    println!("e2e: {}/917 operations passed", 917 - failures.len());
    if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

#[allow(deprecated)]
async fn access_model_metadata(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .access_model_metadata()
            .list_access_model_metadata_attribute_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessModelMetadataAttributeV1", result.await);
    let result = async {
        let attributedto = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .create_access_model_metadata_attribute_v1(attributedto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataAttributeV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        client
            .access_model_metadata()
            .get_access_model_metadata_attribute_v1(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessModelMetadataAttributeV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .access_model_metadata()
            .update_access_model_metadata_attribute_v1(key, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataAttributeV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        client
            .access_model_metadata()
            .list_access_model_metadata_attribute_value_v1(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessModelMetadataAttributeValueV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        let attributevaluedto = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .create_access_model_metadata_attribute_value_v1(key, attributevaluedto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataAttributeValueV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        let value = "public";
        client
            .access_model_metadata()
            .get_access_model_metadata_attribute_value_v1(key, value)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessModelMetadataAttributeValueV1", result.await);
    let result = async {
        let key = "iscPrivacy";
        let value = "public";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .access_model_metadata()
            .update_access_model_metadata_attribute_value_v1(
                key,
                value,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataAttributeValueV1", result.await);
    let result = async {
        let entitlementattributebulkupdatefilterrequest = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .update_access_model_metadata_by_filter_v1(
                entitlementattributebulkupdatefilterrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataByFilterV1", result.await);
    let result = async {
        let entitlementattributebulkupdatequeryrequest = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .update_access_model_metadata_by_query_v1(
                entitlementattributebulkupdatequeryrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataByQueryV1", result.await);
    let result = async {
        let entitlementattributebulkupdateidsrequest = parse(r#"{}"#)?;
        client
            .access_model_metadata()
            .update_access_model_metadata_by_ids_v1(
                entitlementattributebulkupdateidsrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessModelMetadataByIdsV1", result.await);
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
            .list_access_profiles_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessProfilesV1", result.await);
    let result = async {
        let accessprofile = parse(
            r#"{"name":"Employee-database-read-write","owner":{},"source":{}}"#,
        )?;
        schema_client
            .access_profiles()
            .create_access_profile_v1(accessprofile)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessProfileV1", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        schema_client
            .access_profiles()
            .get_access_profile_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessProfileV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .access_profiles()
            .delete_access_profile_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfileV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        schema_client
            .access_profiles()
            .patch_access_profile_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAccessProfileV1", result.await);
    let result = async {
        let accessprofilebulkdeleterequest = parse(r#"{}"#)?;
        client
            .access_profiles()
            .delete_access_profiles_in_bulk_v1(accessprofilebulkdeleterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfilesInBulkV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .access_profiles()
            .get_access_profile_entitlements_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessProfileEntitlementsV1", result.await);
    let result = async {
        let accessprofilebulkupdaterequest = parse(r#"[{}]"#)?;
        client
            .access_profiles()
            .update_access_profiles_in_bulk_v1(accessprofilebulkupdaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccessProfilesInBulkV1", result.await);
}

#[allow(deprecated)]
async fn access_request_approvals(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .access_request_approvals()
            .list_pending_approvals_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPendingApprovalsV1", result.await);
    let result = async {
        client
            .access_request_approvals()
            .list_completed_approvals_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCompletedApprovalsV1", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        client
            .access_request_approvals()
            .approve_access_request_v1(approval_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveAccessRequestV1", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        let commentdto = parse(r#"{}"#)?;
        client
            .access_request_approvals()
            .reject_access_request_v1(approval_id, commentdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectAccessRequestV1", result.await);
    let result = async {
        let approval_id = "2c91808b7294bea301729568c68c002e";
        let forwardapprovaldto = parse(
            r#"{"newOwnerId":"2c91808568c529c60168cca6f90c1314","comment":"2c91808568c529c60168cca6f90c1313"}"#,
        )?;
        client
            .access_request_approvals()
            .forward_access_request_v1(approval_id, forwardapprovaldto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "forwardAccessRequestV1", result.await);
    let result = async {
        client
            .access_request_approvals()
            .get_access_request_approval_summary_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestApprovalSummaryV1", result.await);
    let result = async {
        let access_request_id = "2c91808568c529c60168cca6f90c1313";
        client
            .access_request_approvals()
            .list_access_request_approvers_v1(access_request_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessRequestApproversV1", result.await);
}

#[allow(deprecated)]
async fn access_request_identity_metrics(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_id = "7025c863-c270-4ba6-beea-edf3cb091573";
        let requested_object_id = "2db501be-f0fb-4cc5-a695-334133c52891";
        let r#type = parse(r#""ENTITLEMENT""#)?;
        client
            .access_request_identity_metrics()
            .get_access_request_identity_metrics_v1(
                identity_id,
                requested_object_id,
                r#type,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestIdentityMetricsV1", result.await);
}

#[allow(deprecated)]
async fn access_requests(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        client
            .access_requests()
            .get_access_request_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestConfigV1", result.await);
    let result = async {
        let accessrequestconfig = parse(r#"{}"#)?;
        client
            .access_requests()
            .set_access_request_config_v1(accessrequestconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setAccessRequestConfigV1", result.await);
    let result = async {
        client
            .access_requests()
            .get_access_request_config_v2()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestConfigV2", result.await);
    let result = async {
        let accessrequestconfigv2 = parse(r#"{}"#)?;
        client
            .access_requests()
            .set_access_request_config_v2(accessrequestconfigv2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setAccessRequestConfigV2", result.await);
    let result = async {
        let accessrequest = parse(r#"{}"#)?;
        client
            .access_requests()
            .create_access_request_v1(accessrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessRequestV1", result.await);
    let result = async {
        let cancelaccessrequest = parse(
            r#"{"accountActivityId":"2c9180835d2e5168015d32f890ca1581","comment":"I requested this role by mistake."}"#,
        )?;
        client
            .access_requests()
            .cancel_access_request_v1(cancelaccessrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelAccessRequestV1", result.await);
    let result = async {
        let closeaccessrequest = parse(
            r#"{"accessRequestIds":["2c90ad2a70ace7d50170acf22ca90010"]}"#,
        )?;
        client
            .access_requests()
            .close_access_request_v1(closeaccessrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "closeAccessRequestV1", result.await);
    let result = async {
        let bulkcancelaccessrequest = parse(
            r#"{"accessRequestIds":["2c9180835d2e5168015d32f890ca1581","2c9180835d2e5168015d32f890ca1582"],"comment":"I requested this role by mistake."}"#,
        )?;
        client
            .access_requests()
            .cancel_access_request_in_bulk_v1(bulkcancelaccessrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelAccessRequestInBulkV1", result.await);
    let result = async {
        let accountsselectionrequest = parse(r#"{}"#)?;
        client
            .access_requests()
            .load_account_selections_v1(accountsselectionrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "loadAccountSelectionsV1", result.await);
    let result = async {
        schema_client
            .access_requests()
            .list_access_request_status_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessRequestStatusV1", result.await);
    let result = async {
        schema_client
            .access_requests()
            .list_administrators_access_request_status_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAdministratorsAccessRequestStatusV1", result.await);
    let result = async {
        let bulkapproveaccessrequest = parse(
            r#"{"approvalIds":["2c9180835d2e5168015d32f890ca1581","2c9180835d2e5168015d32f890ca1582"],"comment":"I approve these request items"}"#,
        )?;
        client
            .access_requests()
            .approve_bulk_access_request_v1(bulkapproveaccessrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveBulkAccessRequestV1", result.await);
    let result = async {
        client
            .access_requests()
            .get_entitlement_details_for_identity_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementDetailsForIdentityV1", result.await);
}

#[allow(deprecated)]
async fn account_activities(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .account_activities()
            .list_account_activities_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccountActivitiesV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .account_activities()
            .get_account_activity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountActivityV1", result.await);
}

#[allow(deprecated)]
async fn account_aggregations(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "2c91808477a6b0c60177a81146b8110b";
        client
            .account_aggregations()
            .get_account_aggregation_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountAggregationStatusV1", result.await);
}

#[allow(deprecated)]
async fn account_deletion_requests(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        schema_client
            .account_deletion_requests()
            .get_account_deletion_requests_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountDeletionRequestsV1", result.await);
    let result = async {
        let account_id = "ef38f94347e94562b5bb8424a56498d8";
        client
            .account_deletion_requests()
            .delete_account_request_v1(account_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccountRequestV1", result.await);
}

#[allow(deprecated)]
async fn account_usages(client: &Client, failures: &mut Failures) {
    let result = async {
        let account_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .account_usages()
            .get_usages_by_account_id_v1(account_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUsagesByAccountIdV1", result.await);
}

#[allow(deprecated)]
async fn accounts(client: &Client, failures: &mut Failures) {
    let result = async {
        client.accounts().list_accounts_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAccountsV1", result.await);
    let result = async {
        let accountattributescreate = parse(
            r#"{"attributes":{"sourceId":"34bfcbe116c9407464af37acbaf7a4dc","city":"Austin","displayName":"John Doe","userName":"jdoe","sAMAccountName":"jDoe","mail":"john.doe@sailpoint.com"}}"#,
        )?;
        client
            .accounts()
            .create_account_v1(accountattributescreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.accounts().get_account_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let accountattributes = parse(
            r#"{"attributes":{"city":"Austin","displayName":"John Doe","userName":"jdoe","sAMAccountName":"jDoe","mail":"john.doe@sailpoint.com"}}"#,
        )?;
        client
            .accounts()
            .put_account_v1(id, accountattributes)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.accounts().delete_account_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client
            .accounts()
            .update_account_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .accounts()
            .get_account_entitlements_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountEntitlementsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .accounts()
            .submit_reload_account_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitReloadAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let accounttogglerequest = parse(r#"{}"#)?;
        client
            .accounts()
            .enable_account_v1(id, accounttogglerequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let accounttogglerequest = parse(r#"{}"#)?;
        client
            .accounts()
            .disable_account_v1(id, accounttogglerequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let accountunlockrequest = parse(r#"{}"#)?;
        client
            .accounts()
            .unlock_account_v1(id, accountunlockrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "unlockAccountV1", result.await);
    let result = async {
        let id = "c350d6aa4f104c61b062cb632421ad10";
        client
            .accounts()
            .delete_account_async_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccountAsyncV1", result.await);
    let result = async {
        let id = "2c91808384203c2d018437e631158309";
        client
            .accounts()
            .enable_account_for_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccountForIdentityV1", result.await);
    let result = async {
        let id = "2c91808384203c2d018437e631158309";
        client
            .accounts()
            .disable_account_for_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccountForIdentityV1", result.await);
    let result = async {
        let identitiesaccountsbulkrequest = parse(r#"{}"#)?;
        client
            .accounts()
            .enable_accounts_for_identities_v1(identitiesaccountsbulkrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "enableAccountsForIdentitiesV1", result.await);
    let result = async {
        let identitiesaccountsbulkrequest = parse(r#"{}"#)?;
        client
            .accounts()
            .disable_accounts_for_identities_v1(identitiesaccountsbulkrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "disableAccountsForIdentitiesV1", result.await);
}

#[allow(deprecated)]
async fn api_usage(client: &Client, failures: &mut Failures) {
    let result = async {
        client.api_usage().get_total_count_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getTotalCountV1", result.await);
    let result = async {
        client.api_usage().list_api_summary_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listApiSummaryV1", result.await);
}

#[allow(deprecated)]
async fn application_discovery(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "string";
        let applicationdiscoveryrequest = parse(r#"{"datasetIds":["string"]}"#)?;
        client
            .application_discovery()
            .start_application_discovery_v1(source_id, applicationdiscoveryrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startApplicationDiscoveryV1", result.await);
    let result = async {
        client
            .application_discovery()
            .get_discovered_applications_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDiscoveredApplicationsV1", result.await);
    let result = async {
        client
            .application_discovery()
            .get_manual_discover_applications_csv_template_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManualDiscoverApplicationsCsvTemplateV1", result.await);
    let result = async {
        client
            .application_discovery()
            .send_manual_discover_applications_csv_template_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendManualDiscoverApplicationsCsvTemplateV1", result.await);
}

#[allow(deprecated)]
async fn approvals(client: &Client, failures: &mut Failures) {
    let result = async {
        client.approvals().get_approvals_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getApprovalsV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        client.approvals().get_approval_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getApprovalV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        client.approvals().approve_approval_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "approveApprovalV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        let approvalattributesrequest = parse(r#"{}"#)?;
        client
            .approvals()
            .update_approvals_attributes_v1(id, approvalattributesrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateApprovalsAttributesV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        let approvalcommentsrequest = parse(r#"{}"#)?;
        client
            .approvals()
            .update_approvals_comments_v1(id, approvalcommentsrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateApprovalsCommentsV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        let approvalreassignrequest = parse(r#"{}"#)?;
        client
            .approvals()
            .update_approvals_reassign_v1(id, approvalreassignrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateApprovalsReassignV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        client.approvals().reject_approval_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "rejectApprovalV1", result.await);
    let result = async {
        let id = "38453251-6be2-5f8f-df93-5ce19e295837";
        client
            .approvals()
            .cancel_approval_by_id_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelApprovalByIdV1", result.await);
    let result = async {
        let id = "ACCESS_REQUEST_APPROVAL";
        client
            .approvals()
            .get_approvals_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getApprovalsConfigV1", result.await);
    let result = async {
        let id = "ACCESS_REQUEST_APPROVAL";
        let scope = parse(r#""APPROVAL_TYPE""#)?;
        let approvalconfig = parse(r#"{}"#)?;
        client
            .approvals()
            .put_approvals_config_v1(id, scope, approvalconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putApprovalsConfigV1", result.await);
    let result = async {
        let id = "ACCESS_REQUEST_APPROVAL";
        let scope = parse(r#""APPROVAL_TYPE""#)?;
        client
            .approvals()
            .delete_approval_config_request_v1(id, scope)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteApprovalConfigRequestV1", result.await);
    let result = async {
        let bulkapproverequestdto = parse(r#"{}"#)?;
        client
            .approvals()
            .approve_approval_in_bulk_v1(bulkapproverequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveApprovalInBulkV1", result.await);
    let result = async {
        let bulkrejectrequestdto = parse(r#"{}"#)?;
        client
            .approvals()
            .reject_approval_in_bulk_v1(bulkrejectrequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectApprovalInBulkV1", result.await);
    let result = async {
        let bulkcancelrequestdto = parse(r#"{}"#)?;
        client
            .approvals()
            .cancel_approval_v1(bulkcancelrequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelApprovalV1", result.await);
    let result = async {
        let bulkreassignrequestdto = parse(r#"{}"#)?;
        client
            .approvals()
            .move_approval_v1(bulkreassignrequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "moveApprovalV1", result.await);
}

#[allow(deprecated)]
async fn apps(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().get_source_app_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSourceAppV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.apps().delete_source_app_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSourceAppV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().patch_source_app_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "patchSourceAppV1", result.await);
    let result = async {
        client
            .apps()
            .update_source_apps_in_bulk_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceAppsInBulkV1", result.await);
    let result = async {
        client
            .apps()
            .list_assigned_source_app_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAssignedSourceAppV1", result.await);
    let result = async {
        client
            .apps()
            .list_available_source_apps_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAvailableSourceAppsV1", result.await);
    let result = async {
        let sourceappcreatedto = parse(
            r#"{"name":"my app","description":"the source app for engineers","accountSource":{"id":"2c9180827ca885d7017ca8ce28a000eb"}}"#,
        )?;
        client
            .apps()
            .create_source_app_v1(sourceappcreatedto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceAppV1", result.await);
    let result = async {
        client.apps().list_all_source_app_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listAllSourceAppV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .apps()
            .list_access_profiles_for_source_app_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAccessProfilesForSourceAppV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let body = parse(r#"["string"]"#)?;
        client
            .apps()
            .delete_access_profiles_from_source_app_by_bulk_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessProfilesFromSourceAppByBulkV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.apps().patch_user_app_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "patchUserAppV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .apps()
            .list_available_accounts_for_user_app_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAvailableAccountsForUserAppV1", result.await);
    let result = async {
        client.apps().list_owned_user_apps_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listOwnedUserAppsV1", result.await);
    let result = async {
        let filters = "name eq \"user app name\"";
        client
            .apps()
            .list_all_user_apps_v1(filters)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAllUserAppsV1", result.await);
}

#[allow(deprecated)]
async fn auth_profile(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .auth_profile()
            .get_profile_config_list_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProfileConfigListV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .auth_profile()
            .get_profile_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProfileConfigV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .auth_profile()
            .patch_profile_config_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchProfileConfigV1", result.await);
}

#[allow(deprecated)]
async fn auth_users(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.auth_users().get_auth_user_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getAuthUserV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .auth_users()
            .patch_auth_user_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAuthUserV1", result.await);
}

#[allow(deprecated)]
async fn branding(client: &Client, failures: &mut Failures) {
    let result = async {
        client.branding().get_branding_list_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getBrandingListV1", result.await);
    let result = async {
        let brandingitemcreate = parse(
            r#"{"name":"custom-branding-item","productName":"product name","actionButtonColor":"0074D9","activeLinkColor":"011E69","navigationColor":"011E69","emailFromAddress":"no-reply@sailpoint.com","loginInformationalMessage":"","fileStandard":[]}"#,
        )?;
        client
            .branding()
            .create_branding_item_v1(brandingitemcreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createBrandingItemV1", result.await);
    let result = async {
        let name = "default";
        client.branding().get_branding_v1(name).send().await.map(drop).map_err(reason)
    };
    record(failures, "getBrandingV1", result.await);
    let result = async {
        let name = "default";
        let brandingitemcreate = parse(
            r#"{"name":"custom-branding-item","productName":"product name","actionButtonColor":"0074D9","activeLinkColor":"011E69","navigationColor":"011E69","emailFromAddress":"no-reply@sailpoint.com","loginInformationalMessage":"","fileStandard":[]}"#,
        )?;
        client
            .branding()
            .set_branding_item_v1(name, brandingitemcreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setBrandingItemV1", result.await);
    let result = async {
        let name = "default";
        client.branding().delete_branding_v1(name).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteBrandingV1", result.await);
}

#[allow(deprecated)]
async fn business_applications(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .business_applications()
            .list_business_applications_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listBusinessApplicationsV1", result.await);
    let result = async {
        let businessapplication = parse(r#"{"name":"Cursor"}"#)?;
        client
            .business_applications()
            .create_business_application_v1(businessapplication)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createBusinessApplicationV1", result.await);
    let result = async {
        let id = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        client
            .business_applications()
            .get_business_application_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getBusinessApplicationV1", result.await);
    let result = async {
        let id = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .business_applications()
            .update_business_application_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateBusinessApplicationV1", result.await);
}

#[allow(deprecated)]
async fn certification_campaign_filters(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .certification_campaign_filters()
            .list_campaign_filters_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCampaignFiltersV1", result.await);
    let result = async {
        let campaignfilterdetails = parse(
            r#"{"id":"5ec18cef39020d6fd7a60ad3970aba61","name":"Identity Attribute Campaign Filter","owner":"SailPoint Support","mode":"INCLUSION","isSystemFilter":false}"#,
        )?;
        client
            .certification_campaign_filters()
            .create_campaign_filter_v1(campaignfilterdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCampaignFilterV1", result.await);
    let result = async {
        let id = "e9f9a1397b842fd5a65842087040d3ac";
        client
            .certification_campaign_filters()
            .get_campaign_filter_by_id_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignFilterByIdV1", result.await);
    let result = async {
        let id = "e9f9a1397b842fd5a65842087040d3ac";
        let campaignfilterdetails = parse(
            r#"{"id":"5ec18cef39020d6fd7a60ad3970aba61","name":"Identity Attribute Campaign Filter","owner":"SailPoint Support","mode":"INCLUSION","isSystemFilter":false}"#,
        )?;
        client
            .certification_campaign_filters()
            .update_campaign_filter_v1(id, campaignfilterdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateCampaignFilterV1", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .certification_campaign_filters()
            .delete_campaign_filters_v1(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignFiltersV1", result.await);
}

#[allow(deprecated)]
async fn certification_campaigns(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .certification_campaigns()
            .get_active_campaigns_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getActiveCampaignsV1", result.await);
    let result = async {
        let campaign2 = parse(
            r#"{"name":"Manager Campaign","description":"Everyone needs to be reviewed by their manager","type":"MANAGER"}"#,
        )?;
        client
            .certification_campaigns()
            .create_campaign_v1(campaign2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCampaignV1", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .get_campaign_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignV1", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .certification_campaigns()
            .update_campaign_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateCampaignV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let adminreviewreassign = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .move_v1(id, adminreviewreassign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "moveV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_campaigns()
            .start_campaign_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaignV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_campaigns()
            .complete_campaign_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "completeCampaignV1", result.await);
    let result = async {
        let campaignsdeleterequest = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .delete_campaigns_v1(campaignsdeleterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignsV1", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .start_campaign_remediation_scan_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaignRemediationScanV1", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        client
            .certification_campaigns()
            .get_campaign_reports_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignReportsV1", result.await);
    let result = async {
        let id = "2c91808571bcfcf80171c23e4b4221fc";
        let r#type = parse(r#""CAMPAIGN_COMPOSITION_REPORT""#)?;
        client
            .certification_campaigns()
            .start_campaign_report_v1(id, r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startCampaignReportV1", result.await);
    let result = async {
        client
            .certification_campaigns()
            .get_campaign_reports_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignReportsConfigV1", result.await);
    let result = async {
        let campaignreportsconfig = parse(r#"{}"#)?;
        client
            .certification_campaigns()
            .set_campaign_reports_config_v1(campaignreportsconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setCampaignReportsConfigV1", result.await);
    let result = async {
        client
            .certification_campaigns()
            .get_campaign_templates_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplatesV1", result.await);
    let result = async {
        let campaigntemplate = parse(
            r#"{"name":"Manager Campaign Template","description":"Template for the annual manager campaign.","campaign":{"name":"Manager Campaign","description":"Everyone needs to be reviewed by their manager","type":"MANAGER"}}"#,
        )?;
        client
            .certification_campaigns()
            .create_campaign_template_v1(campaigntemplate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCampaignTemplateV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .get_campaign_template_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplateV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .delete_campaign_template_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignTemplateV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .certification_campaigns()
            .patch_campaign_template_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchCampaignTemplateV1", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .get_campaign_template_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCampaignTemplateScheduleV1", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .set_campaign_template_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setCampaignTemplateScheduleV1", result.await);
    let result = async {
        let id = "04bedce387bd47b2ae1f86eb0bb36dee";
        client
            .certification_campaigns()
            .delete_campaign_template_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCampaignTemplateScheduleV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .certification_campaigns()
            .start_generate_campaign_template_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startGenerateCampaignTemplateV1", result.await);
}

#[allow(deprecated)]
async fn certification_summaries(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_summaries()
            .get_identity_decision_summary_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityDecisionSummaryV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certification_summaries()
            .get_identity_summaries_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySummariesV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let r#type = parse(r#""ACCESS_PROFILE""#)?;
        client
            .certification_summaries()
            .get_identity_access_summaries_v1(id, r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityAccessSummariesV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let identity_summary_id = "2c91808772a504f50172a9540e501ba8";
        client
            .certification_summaries()
            .get_identity_summary_v1(id, identity_summary_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySummaryV1", result.await);
}

#[allow(deprecated)]
async fn certifications(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        client
            .certifications()
            .list_identity_certifications_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityCertificationsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certifications()
            .get_identity_certification_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityCertificationV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certifications()
            .list_identity_access_review_items_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityAccessReviewItemsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let reviewdecision = parse(
            r#"[{"id":"ef38f94347e94562b5bb8424a56397d8","decision":"APPROVE","bulk":true}]"#,
        )?;
        client
            .certifications()
            .make_identity_decision_v1(id, reviewdecision)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "makeIdentityDecisionV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let reviewreassign = parse(
            r#"{"reassign":[{"id":"ef38f94347e94562b5bb8424a56397d8","type":"ITEM"}],"reassignTo":"ef38f94347e94562b5bb8424a56397d8","reason":"reassigned for some reason"}"#,
        )?;
        client
            .certifications()
            .reassign_identity_certifications_v1(id, reviewreassign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "reassignIdentityCertificationsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certifications()
            .sign_off_identity_certification_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "signOffIdentityCertificationV1", result.await);
    let result = async {
        let certification_id = "ef38f94347e94562b5bb8424a56397d8";
        let item_id = "2c91808671bcbab40171bd945d961227";
        client
            .certifications()
            .get_identity_certification_item_permissions_v1(certification_id, item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityCertificationItemPermissionsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .certifications()
            .list_certification_reviewers_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCertificationReviewersV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let reviewreassign = parse(
            r#"{"reassign":[{"id":"ef38f94347e94562b5bb8424a56397d8","type":"ITEM"}],"reassignTo":"ef38f94347e94562b5bb8424a56397d8","reason":"reassigned for some reason"}"#,
        )?;
        schema_client
            .certifications()
            .submit_reassign_certs_async_v1(id, reviewreassign)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitReassignCertsAsyncV1", result.await);
    let result = async {
        let id = "63b32151-26c0-42f4-9299-8898dc1c9daa";
        schema_client
            .certifications()
            .get_certification_task_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCertificationTaskV1", result.await);
    let result = async {
        schema_client
            .certifications()
            .get_pending_certification_tasks_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPendingCertificationTasksV1", result.await);
}

#[allow(deprecated)]
async fn classify_source(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .classify_source()
            .get_classify_machine_account_from_source_status_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getClassifyMachineAccountFromSourceStatusV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .classify_source()
            .send_classify_machine_account_from_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendClassifyMachineAccountFromSourceV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .classify_source()
            .delete_classify_machine_account_from_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteClassifyMachineAccountFromSourceV1", result.await);
}

#[allow(deprecated)]
async fn configuration_hub(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        let source_org = "source-org";
        client
            .configuration_hub()
            .get_object_mappings_v1(source_org)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getObjectMappingsV1", result.await);
    let result = async {
        let source_org = "source-org";
        let objectmappingrequest = parse(
            r#"{"objectType":"IDENTITY","jsonPath":"$.name","sourceValue":"My Governance Group Name","targetValue":"My New Governance Group Name"}"#,
        )?;
        client
            .configuration_hub()
            .create_object_mapping_v1(source_org, objectmappingrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createObjectMappingV1", result.await);
    let result = async {
        let source_org = "source-org";
        let object_mapping_id = "3d6e0144-963f-4bd6-8d8d-d77b4e507ce4";
        client
            .configuration_hub()
            .delete_object_mapping_v1(source_org, object_mapping_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteObjectMappingV1", result.await);
    let result = async {
        let source_org = "source-org";
        let objectmappingbulkcreaterequest = parse(
            r#"{"newObjectsMappings":[{"objectType":"IDENTITY","jsonPath":"$.name","sourceValue":"My Governance Group Name","targetValue":"My New Governance Group Name"}]}"#,
        )?;
        client
            .configuration_hub()
            .create_object_mappings_v1(source_org, objectmappingbulkcreaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createObjectMappingsV1", result.await);
    let result = async {
        let source_org = "source-org";
        let objectmappingbulkpatchrequest = parse(
            r#"{"patches":{"603b1a61-d03d-4ed1-864f-a508fbd1995d":[{"op":"replace","path":"/enabled","value":true}],"00bece34-f50d-4227-8878-76f620b5a971":[{"op":"replace","path":"/targetValue","value":"New Target Value"}]}}"#,
        )?;
        client
            .configuration_hub()
            .update_object_mappings_v1(source_org, objectmappingbulkpatchrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateObjectMappingsV1", result.await);
    let result = async {
        schema_client
            .configuration_hub()
            .list_scheduled_actions_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listScheduledActionsV1", result.await);
    let result = async {
        let scheduledactionpayload = parse(
            r#"{"jobType":"BACKUP","content":{"name":"Daily Backup"}}"#,
        )?;
        client
            .configuration_hub()
            .create_scheduled_action_v1(scheduledactionpayload)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createScheduledActionV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        client
            .configuration_hub()
            .delete_scheduled_action_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteScheduledActionV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let jsonpatch = parse(r#"{}"#)?;
        client
            .configuration_hub()
            .update_scheduled_action_v1(id, jsonpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateScheduledActionV1", result.await);
    let result = async {
        client
            .configuration_hub()
            .list_uploaded_configurations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listUploadedConfigurationsV1", result.await);
    let result = async {
        let create_uploaded_configuration_v1_request = parse(
            r#"{"data":[],"name":"string"}"#,
        )?;
        client
            .configuration_hub()
            .create_uploaded_configuration_v1(create_uploaded_configuration_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createUploadedConfigurationV1", result.await);
    let result = async {
        let id = "3d0fe04b-57df-4a46-a83b-8f04b0f9d10b";
        client
            .configuration_hub()
            .get_uploaded_configuration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUploadedConfigurationV1", result.await);
    let result = async {
        let id = "3d0fe04b-57df-4a46-a83b-8f04b0f9d10b";
        client
            .configuration_hub()
            .delete_uploaded_configuration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteUploadedConfigurationV1", result.await);
    let result = async {
        client
            .configuration_hub()
            .list_backups_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listBackupsV1", result.await);
    let result = async {
        let id = "07659d7d-2cce-47c0-9e49-185787ee565a";
        client
            .configuration_hub()
            .delete_backup_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteBackupV1", result.await);
    let result = async {
        client
            .configuration_hub()
            .list_drafts_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listDraftsV1", result.await);
    let result = async {
        let id = "07659d7d-2cce-47c0-9e49-185787ee565a";
        client
            .configuration_hub()
            .delete_draft_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteDraftV1", result.await);
    let result = async {
        client
            .configuration_hub()
            .list_deploys_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listDeploysV1", result.await);
    let result = async {
        let deployrequest = parse(
            r#"{"draftId":"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b"}"#,
        )?;
        client
            .configuration_hub()
            .create_deploy_v1(deployrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDeployV1", result.await);
    let result = async {
        let id = "3d0fe04b-57df-4a46-a83b-8f04b0f9d10b";
        client
            .configuration_hub()
            .get_deploy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDeployV1", result.await);
}

#[allow(deprecated)]
async fn connector_customizers(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        schema_client
            .connector_customizers()
            .list_connector_customizers_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listConnectorCustomizersV1", result.await);
    let result = async {
        let connectorcustomizercreaterequest = parse(r#"{}"#)?;
        schema_client
            .connector_customizers()
            .create_connector_customizer_v1(connectorcustomizercreaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createConnectorCustomizerV1", result.await);
    let result = async {
        let id = "b07dc46a-1498-4de8-bfbb-259a68e70c8a";
        schema_client
            .connector_customizers()
            .get_connector_customizer_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorCustomizerV1", result.await);
    let result = async {
        let id = "b07dc46a-1498-4de8-bfbb-259a68e70c8a";
        schema_client
            .connector_customizers()
            .put_connector_customizer_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorCustomizerV1", result.await);
    let result = async {
        let id = "b07dc46a-1498-4de8-bfbb-259a68e70c8a";
        client
            .connector_customizers()
            .delete_connector_customizer_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteConnectorCustomizerV1", result.await);
    let result = async {
        let id = "b07dc46a-1498-4de8-bfbb-259a68e70c8a";
        client
            .connector_customizers()
            .create_connector_customizer_version_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createConnectorCustomizerVersionV1", result.await);
}

#[allow(deprecated)]
async fn connector_rule_management(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .connector_rule_management()
            .get_connector_rule_list_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorRuleListV1", result.await);
    let result = async {
        let connectorrulecreaterequest = parse(
            r#"{"name":"WebServiceBeforeOperationRule","type":"BuildMap","sourceCode":{"version":"1.0","script":"return \"Mr. \" + firstName;"}}"#,
        )?;
        client
            .connector_rule_management()
            .create_connector_rule_v1(connectorrulecreaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createConnectorRuleV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .get_connector_rule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorRuleV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .put_connector_rule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorRuleV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .connector_rule_management()
            .delete_connector_rule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteConnectorRuleV1", result.await);
    let result = async {
        let sourcecode = parse(
            r#"{"version":"1.0","script":"return \"Mr. \" + firstName;"}"#,
        )?;
        client
            .connector_rule_management()
            .test_connector_rule_v1(sourcecode)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testConnectorRuleV1", result.await);
}

#[allow(deprecated)]
async fn connectors(client: &Client, failures: &mut Failures) {
    let result = async {
        let script_name = "aScriptName";
        client
            .connectors()
            .get_connector_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .connectors()
            .delete_custom_connector_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCustomConnectorV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .connectors()
            .update_connector_v1(script_name, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateConnectorV1", result.await);
    let result = async {
        client
            .connectors()
            .get_connector_list_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorListV1", result.await);
    let result = async {
        let v3createconnectordto = parse(
            r#"{"name":"custom connector","className":"sailpoint.connector.OpenConnectorAdapter"}"#,
        )?;
        client
            .connectors()
            .create_custom_connector_v1(v3createconnectordto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCustomConnectorV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .connectors()
            .get_connector_source_config_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorSourceConfigV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let put_connector_source_config_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .connectors()
            .put_connector_source_config_v1(
                script_name,
                put_connector_source_config_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorSourceConfigV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let locale = parse(r#""de""#)?;
        client
            .connectors()
            .get_connector_translations_v1(script_name, locale)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorTranslationsV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let locale = parse(r#""de""#)?;
        let body = parse(r#"{}"#)?;
        client
            .connectors()
            .put_connector_translations_v1(script_name, locale, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorTranslationsV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .connectors()
            .get_connector_source_template_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorSourceTemplateV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let put_connector_source_template_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .connectors()
            .put_connector_source_template_v1(
                script_name,
                put_connector_source_template_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorSourceTemplateV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .connectors()
            .get_connector_correlation_config_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getConnectorCorrelationConfigV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        let put_connector_correlation_config_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .connectors()
            .put_connector_correlation_config_v1(
                script_name,
                put_connector_correlation_config_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putConnectorCorrelationConfigV1", result.await);
}

#[allow(deprecated)]
async fn custom_forms(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .custom_forms()
            .search_form_definitions_by_tenant_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormDefinitionsByTenantV1", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_definition_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .get_form_definition_by_key_v1(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormDefinitionByKeyV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .delete_form_definition_v1(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteFormDefinitionV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .patch_form_definition_v1(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchFormDefinitionV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        schema_client
            .custom_forms()
            .show_preview_data_source_v1(form_definition_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "showPreviewDataSourceV1", result.await);
    let result = async {
        client
            .custom_forms()
            .export_form_definitions_by_tenant_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportFormDefinitionsByTenantV1", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_definition_dynamic_schema_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionDynamicSchemaV1", result.await);
    let result = async {
        client
            .custom_forms()
            .import_form_definitions_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importFormDefinitionsV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        let create_form_definition_file_request_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .custom_forms()
            .create_form_definition_file_request_v1(
                form_definition_id,
                create_form_definition_file_request_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormDefinitionFileRequestV1", result.await);
    let result = async {
        let form_definition_id = "00000000-0000-0000-0000-000000000000";
        let file_id = "00000031N0J7R2B57M8YG73J7M.png";
        client
            .custom_forms()
            .get_file_from_s3v1(form_definition_id, file_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFileFromS3V1", result.await);
    let result = async {
        client
            .custom_forms()
            .search_form_instances_by_tenant_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormInstancesByTenantV1", result.await);
    let result = async {
        client
            .custom_forms()
            .create_form_instance_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createFormInstanceV1", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .get_form_instance_by_key_v1(form_instance_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormInstanceByKeyV1", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        client
            .custom_forms()
            .patch_form_instance_v1(form_instance_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchFormInstanceV1", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        let form_element_id = "string";
        schema_client
            .custom_forms()
            .search_form_element_data_by_element_idv1(form_instance_id, form_element_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchFormElementDataByElementIDV1", result.await);
    let result = async {
        let form_instance_id = "00000000-0000-0000-0000-000000000000";
        let file_id = "00000031N0J7R2B57M8YG73J7M.png";
        client
            .custom_forms()
            .get_form_instance_file_v1(form_instance_id, file_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getFormInstanceFileV1", result.await);
    let result = async {
        client
            .custom_forms()
            .search_pre_defined_select_options_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchPreDefinedSelectOptionsV1", result.await);
}

#[allow(deprecated)]
async fn custom_password_instructions(client: &Client, failures: &mut Failures) {
    let result = async {
        let custompasswordinstruction = parse(r#"{}"#)?;
        client
            .custom_password_instructions()
            .create_custom_password_instructions_v1(custompasswordinstruction)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCustomPasswordInstructionsV1", result.await);
    let result = async {
        let page_id = parse(r#""mfa:select""#)?;
        client
            .custom_password_instructions()
            .get_custom_password_instructions_v1(page_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCustomPasswordInstructionsV1", result.await);
    let result = async {
        let page_id = parse(r#""mfa:select""#)?;
        client
            .custom_password_instructions()
            .delete_custom_password_instructions_v1(page_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCustomPasswordInstructionsV1", result.await);
}

#[allow(deprecated)]
async fn custom_user_levels(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .custom_user_levels()
            .list_user_levels_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listUserLevelsV1", result.await);
    let result = async {
        let userlevelrequest = parse(
            r#"{"name":"Custom User Level Name","description":"This is a description of the custom user level.","owner":{}}"#,
        )?;
        client
            .custom_user_levels()
            .create_custom_user_level_v1(userlevelrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCustomUserLevelV1", result.await);
    let result = async {
        let id = "6e110911-5984-491b-be74-2707980a46a7";
        client
            .custom_user_levels()
            .publish_custom_user_level_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "publishCustomUserLevelV1", result.await);
    let result = async {
        let id = "6e110911-5984-491b-be74-2707980a46a7";
        client
            .custom_user_levels()
            .get_user_level_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUserLevelV1", result.await);
    let result = async {
        let id = "6e110911-5984-491b-be74-2707980a46a7";
        client
            .custom_user_levels()
            .delete_user_level_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteUserLevelV1", result.await);
    let result = async {
        let id = "6e110911-5984-491b-be74-2707980a46a7";
        let jsonpatch = parse(r#"{}"#)?;
        client
            .custom_user_levels()
            .update_user_level_v1(id, jsonpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateUserLevelV1", result.await);
    let result = async {
        client
            .custom_user_levels()
            .list_all_authorization_right_sets_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listAllAuthorizationRightSetsV1", result.await);
    let result = async {
        let id = "idn:access-request-administrator";
        client
            .custom_user_levels()
            .list_user_level_identities_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listUserLevelIdentitiesV1", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .custom_user_levels()
            .show_user_level_counts_v1(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "showUserLevelCountsV1", result.await);
}

#[allow(deprecated)]
async fn data_access_security(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .data_access_security()
            .get_tasks_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTasksV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .get_task_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaskV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .delete_task_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTaskV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .cancel_task_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelTaskV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .start_task_rerun_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startTaskRerunV1", result.await);
    let result = async {
        client
            .data_access_security()
            .get_schedules_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSchedulesV1", result.await);
    let result = async {
        let createschedulerequest = parse(r#"{}"#)?;
        client
            .data_access_security()
            .create_schedule_v1(createschedulerequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createScheduleV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .get_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getScheduleV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        let updateschedulerequest = parse(r#"{}"#)?;
        client
            .data_access_security()
            .put_schedule_v1(id, updateschedulerequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putScheduleV1", result.await);
    let result = async {
        let id = parse(r#"1001"#)?;
        client
            .data_access_security()
            .delete_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteScheduleV1", result.await);
    let result = async {
        client
            .data_access_security()
            .get_applications_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getApplicationsV1", result.await);
    let result = async {
        let basecreateapplicationrequest = parse(
            r#"{"applicationType":9,"name":"HR File Server"}"#,
        )?;
        client
            .data_access_security()
            .create_application_v1(basecreateapplicationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createApplicationV1", result.await);
    let result = async {
        let id = parse(r#"12345"#)?;
        client
            .data_access_security()
            .get_application_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getApplicationV1", result.await);
    let result = async {
        let id = parse(r#"12345"#)?;
        let basecreateapplicationrequest = parse(
            r#"{"applicationType":9,"name":"HR File Server"}"#,
        )?;
        client
            .data_access_security()
            .put_application_v1(id, basecreateapplicationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putApplicationV1", result.await);
    let result = async {
        let id = parse(r#"12345"#)?;
        client
            .data_access_security()
            .delete_application_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteApplicationV1", result.await);
    let result = async {
        client
            .data_access_security()
            .list_identity_collectors_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityCollectorsV1", result.await);
    let result = async {
        let createidentitycollectorrequest = parse(
            r#"{"name":"Active Directory Identity Collector","sourceId":"2c9180835d2e5168015d32f890ca1581"}"#,
        )?;
        client
            .data_access_security()
            .create_identity_collector_v1(createidentitycollectorrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityCollectorV1", result.await);
    let result = async {
        let id = parse(r#"12345"#)?;
        let updateidentitycollectorrequest = parse(
            r#"{"name":"Active Directory Identity Collector","sourceId":"2c9180835d2e5168015d32f890ca1581","type":"Active Directory"}"#,
        )?;
        client
            .data_access_security()
            .put_identity_collector_v1(id, updateidentitycollectorrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putIdentityCollectorV1", result.await);
    let result = async {
        let id = parse(r#"12345"#)?;
        client
            .data_access_security()
            .delete_identity_collector_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityCollectorV1", result.await);
    let result = async {
        let app_id = parse(r#"2001"#)?;
        client
            .data_access_security()
            .get_owners_v1(app_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOwnersV1", result.await);
    let result = async {
        let resource_id = parse(r#"101"#)?;
        client
            .data_access_security()
            .get_das_v1_owners_resources_resource_id(resource_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "get /das/v1/owners/resources/{resourceId}", result.await);
    let result = async {
        let owner_identity_id = "a3f1c2d4-5678-4e9b-8c2d-123456789abc";
        client
            .data_access_security()
            .get_das_v1_owners_owner_identity_id_resources(owner_identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "get /das/v1/owners/{ownerIdentityId}/resources", result.await);
    let result = async {
        let assignresourceownerrequest = parse(r#"{}"#)?;
        client
            .data_access_security()
            .post_das_v1_owners_assign(assignresourceownerrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "post /das/v1/owners/assign", result.await);
    let result = async {
        let source_identity_id = "a3f1c2d4-5678-4e9b-8c2d-123456789abc";
        let destination_identity_id = "b4e2d3c5-6789-4f0a-9d3e-234567890bcd";
        client
            .data_access_security()
            .post_das_v1_owners_source_identity_id_reassign_destination_identity_id(
                source_identity_id,
                destination_identity_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(
        failures,
        "post /das/v1/owners/{sourceIdentityId}/reassign/{destinationIdentityId}",
        result.await,
    );
    let result = async {
        let reelectrequest = parse(r#"{}"#)?;
        client
            .data_access_security()
            .post_das_v1_owners_reelect(reelectrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "post /das/v1/owners/reelect", result.await);
}

#[allow(deprecated)]
async fn data_segmentation(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .data_segmentation()
            .get_data_segment_identity_membership_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDataSegmentIdentityMembershipV1", result.await);
    let result = async {
        let identity_id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .data_segmentation()
            .get_data_segmentation_enabled_for_user_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDataSegmentationEnabledForUserV1", result.await);
    let result = async {
        let segment_id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .data_segmentation()
            .get_data_segment_v1(segment_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDataSegmentV1", result.await);
    let result = async {
        let segment_id = "string";
        let body = parse(r#"["string"]"#)?;
        client
            .data_segmentation()
            .publish_data_segment_v1(segment_id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "publishDataSegmentV1", result.await);
    let result = async {
        let segment_id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .data_segmentation()
            .delete_data_segment_v1(segment_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteDataSegmentV1", result.await);
    let result = async {
        let segment_id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client
            .data_segmentation()
            .patch_data_segment_v1(segment_id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchDataSegmentV1", result.await);
    let result = async {
        client
            .data_segmentation()
            .list_data_segments_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listDataSegmentsV1", result.await);
    let result = async {
        let data_segment = parse(r#"{}"#)?;
        client
            .data_segmentation()
            .create_data_segment_v1(data_segment)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDataSegmentV1", result.await);
}

#[allow(deprecated)]
async fn declassify_source(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .declassify_source()
            .send_declassify_machine_account_from_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendDeclassifyMachineAccountFromSourceV1", result.await);
}

#[allow(deprecated)]
async fn dimensions(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        client
            .dimensions()
            .list_dimensions_v1(role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listDimensionsV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension = parse(r#"{"name":"Dimension 2567","owner":{}}"#)?;
        client
            .dimensions()
            .create_dimension_v1(role_id, dimension)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDimensionV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension_id = "2c9180835d191a86015d28455b4a2329";
        client
            .dimensions()
            .get_dimension_v1(role_id, dimension_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDimensionV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension_id = "2c9180835d191a86015d28455b4a2329";
        client
            .dimensions()
            .delete_dimension_v1(role_id, dimension_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteDimensionV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension_id = "2c9180835d191a86015d28455b4a2329";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .dimensions()
            .patch_dimension_v1(role_id, dimension_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchDimensionV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimensionbulkdeleterequest = parse(
            r#"{"dimensionIds":["2c9180847812e0b1017817051919ecca","2c9180887812e0b201781e129f151816"]}"#,
        )?;
        client
            .dimensions()
            .delete_bulk_dimensions_v1(role_id, dimensionbulkdeleterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteBulkDimensionsV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension_id = "2c9180835d191a86015d28455b4a2329";
        schema_client
            .dimensions()
            .list_dimension_access_profiles_v1(role_id, dimension_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listDimensionAccessProfilesV1", result.await);
    let result = async {
        let role_id = "6603fba3004f43c687610a29195252ce";
        let dimension_id = "2c9180835d191a86015d28455b4a2329";
        client
            .dimensions()
            .get_dimension_entitlements_v1(role_id, dimension_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDimensionEntitlementsV1", result.await);
}

#[allow(deprecated)]
async fn entitlement_connections(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .entitlement_connections()
            .list_entitlement_connections_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementConnectionsV1", result.await);
    let result = async {
        let entitlementconnectionbulkupdateitem = parse(
            r#"[{"connectionId":"d532fa5cb15748e2873c6a01e5923ec4","type":"JIT"}]"#,
        )?;
        client
            .entitlement_connections()
            .update_entitlement_connections_bulk_v1(entitlementconnectionbulkupdateitem)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateEntitlementConnectionsBulkV1", result.await);
    let result = async {
        let entitlement_id = "dcfd09e551644ad5aa162ce977862031";
        let identity_id = "5470d8d4817a4207a8020bf533187da9";
        let account_id = "323bfddfb3dd4197b8f10f7735307d27";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .entitlement_connections()
            .patch_entitlement_connection_by_query_v1(
                entitlement_id,
                identity_id,
                account_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchEntitlementConnectionByQueryV1", result.await);
    let result = async {
        client
            .entitlement_connections()
            .list_entitlement_connections_for_current_identity_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementConnectionsForCurrentIdentityV1", result.await);
    let result = async {
        let connection_id = "6c692d9972f8400ca4560a68f62c4c5f";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .entitlement_connections()
            .patch_entitlement_connection_by_id_v1(connection_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchEntitlementConnectionByIdV1", result.await);
}

#[allow(deprecated)]
async fn entitlements(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .entitlements()
            .list_entitlements_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementsV1", result.await);
    let result = async {
        let account_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .entitlements()
            .list_entitlements_by_account_v1(account_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementsByAccountV1", result.await);
    let result = async {
        let entitlementbulkupdaterequest = parse(
            r#"{"entitlementIds":["2c91808a7624751a01762f19d665220d","2c91808a7624751a01762f19d67c220e","2c91808a7624751a01762f19d692220f"],"jsonPatch":[{"op":"replace","path":"/requestable","value":false},{"op":"replace","path":"/privilegeOverride/level","value":"HIGH"}]}"#,
        )?;
        client
            .entitlements()
            .update_entitlements_in_bulk_v1(entitlementbulkupdaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateEntitlementsInBulkV1", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client
            .entitlements()
            .get_entitlement_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .entitlements()
            .patch_entitlement_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchEntitlementV1", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        client
            .entitlements()
            .list_entitlement_parents_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementParentsV1", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client
            .entitlements()
            .list_entitlement_children_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementChildrenV1", result.await);
    let result = async {
        let id = "2c91808874ff91550175097daaec161c";
        client
            .entitlements()
            .get_entitlement_request_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementRequestConfigV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let entitlements_entitlementrequestconfig = parse(r#"{}"#)?;
        client
            .entitlements()
            .put_entitlement_request_config_v1(id, entitlements_entitlementrequestconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putEntitlementRequestConfigV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .entitlements()
            .reset_source_entitlements_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "resetSourceEntitlementsV1", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        client
            .entitlements()
            .create_access_model_metadata_for_entitlement_v1(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAccessModelMetadataForEntitlementV1", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        client
            .entitlements()
            .delete_access_model_metadata_from_entitlement_v1(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccessModelMetadataFromEntitlementV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .entitlements()
            .import_entitlements_by_source_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importEntitlementsBySourceV1", result.await);
}

#[allow(deprecated)]
async fn global_tenant_security_settings(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .global_tenant_security_settings()
            .get_auth_org_network_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAuthOrgNetworkConfigV1", result.await);
    let result = async {
        let networkconfiguration = parse(r#"{}"#)?;
        client
            .global_tenant_security_settings()
            .create_auth_org_network_config_v1(networkconfiguration)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAuthOrgNetworkConfigV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .global_tenant_security_settings()
            .patch_auth_org_network_config_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAuthOrgNetworkConfigV1", result.await);
    let result = async {
        client
            .global_tenant_security_settings()
            .get_auth_org_lockout_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAuthOrgLockoutConfigV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .global_tenant_security_settings()
            .patch_auth_org_lockout_config_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAuthOrgLockoutConfigV1", result.await);
    let result = async {
        client
            .global_tenant_security_settings()
            .get_auth_org_service_provider_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAuthOrgServiceProviderConfigV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .global_tenant_security_settings()
            .patch_auth_org_service_provider_config_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAuthOrgServiceProviderConfigV1", result.await);
    let result = async {
        client
            .global_tenant_security_settings()
            .get_auth_org_session_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAuthOrgSessionConfigV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .global_tenant_security_settings()
            .patch_auth_org_session_config_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchAuthOrgSessionConfigV1", result.await);
}

#[allow(deprecated)]
async fn governance_groups(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .governance_groups()
            .list_workgroups_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkgroupsV1", result.await);
    let result = async {
        let workgroupdto = parse(r#"{}"#)?;
        client
            .governance_groups()
            .create_workgroup_v1(workgroupdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createWorkgroupV1", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .get_workgroup_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkgroupV1", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .delete_workgroup_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroupV1", result.await);
    let result = async {
        let id = "2c9180837ca6693d017ca8d097500149";
        client
            .governance_groups()
            .patch_workgroup_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchWorkgroupV1", result.await);
    let result = async {
        let workgroupbulkdeleterequest = parse(r#"{}"#)?;
        client
            .governance_groups()
            .delete_workgroups_in_bulk_v1(workgroupbulkdeleterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroupsInBulkV1", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        client
            .governance_groups()
            .list_connections_v1(workgroup_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listConnectionsV1", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        client
            .governance_groups()
            .list_workgroup_members_v1(workgroup_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkgroupMembersV1", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        let bulkworkgroupmembersrequest = parse(r#"[{}]"#)?;
        client
            .governance_groups()
            .update_workgroup_members_v1(workgroup_id, bulkworkgroupmembersrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateWorkgroupMembersV1", result.await);
    let result = async {
        let workgroup_id = "2c91808a7813090a017814121919ecca";
        let bulkworkgroupmembersrequest = parse(r#"[{}]"#)?;
        client
            .governance_groups()
            .delete_workgroup_members_v1(workgroup_id, bulkworkgroupmembersrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteWorkgroupMembersV1", result.await);
}

#[allow(deprecated)]
async fn iai_access_request_recommendations(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsV1", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsConfigV1", result.await);
    let result = async {
        let accessrequestrecommendationconfigdto = parse(r#"{"scoreThreshold":0.5}"#)?;
        client
            .iai_access_request_recommendations()
            .set_access_request_recommendations_config_v1(
                accessrequestrecommendationconfigdto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setAccessRequestRecommendationsConfigV1", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_ignored_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsIgnoredItemsV1", result.await);
    let result = async {
        let accessrequestrecommendationactionitemdto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_ignored_item_v1(
                accessrequestrecommendationactionitemdto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsIgnoredItemV1", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_requested_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsRequestedItemsV1", result.await);
    let result = async {
        let accessrequestrecommendationactionitemdto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_requested_item_v1(
                accessrequestrecommendationactionitemdto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsRequestedItemV1", result.await);
    let result = async {
        client
            .iai_access_request_recommendations()
            .get_access_request_recommendations_viewed_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccessRequestRecommendationsViewedItemsV1", result.await);
    let result = async {
        let accessrequestrecommendationactionitemdto = parse(
            r#"{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_viewed_item_v1(
                accessrequestrecommendationactionitemdto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsViewedItemV1", result.await);
    let result = async {
        let accessrequestrecommendationactionitemdto = parse(
            r#"[{"identityId":"3fa85f64-5717-4562-b3fc-2c963f66afa6","access":{}}]"#,
        )?;
        client
            .iai_access_request_recommendations()
            .add_access_request_recommendations_viewed_items_v1(
                accessrequestrecommendationactionitemdto,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "addAccessRequestRecommendationsViewedItemsV1", result.await);
}

#[allow(deprecated)]
async fn iai_common_access(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_common_access()
            .get_common_access_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCommonAccessV1", result.await);
    let result = async {
        let commonaccessitemrequest = parse(r#"{}"#)?;
        client
            .iai_common_access()
            .create_common_access_v1(commonaccessitemrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCommonAccessV1", result.await);
    let result = async {
        let commonaccessidstatus = parse(r#"[{}]"#)?;
        client
            .iai_common_access()
            .update_common_access_status_in_bulk_v1(commonaccessidstatus)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateCommonAccessStatusInBulkV1", result.await);
}

#[allow(deprecated)]
async fn iai_outliers(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_outliers()
            .get_identity_outlier_snapshots_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOutlierSnapshotsV1", result.await);
    let result = async {
        client
            .iai_outliers()
            .get_latest_identity_outlier_snapshots_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLatestIdentityOutlierSnapshotsV1", result.await);
    let result = async {
        client
            .iai_outliers()
            .get_identity_outliers_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOutliersV1", result.await);
    let result = async {
        let outlier_id = "2c918085842e69ae018432d22ccb212f";
        client
            .iai_outliers()
            .get_peer_group_outliers_contributing_features_v1(outlier_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPeerGroupOutliersContributingFeaturesV1", result.await);
    let result = async {
        let outlier_id = "2c918085842e69ae018432d22ccb212f";
        let contributing_feature_name = parse(r#""entitlement_count""#)?;
        client
            .iai_outliers()
            .list_outliers_contributing_feature_access_items_v1(
                outlier_id,
                contributing_feature_name,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOutliersContributingFeatureAccessItemsV1", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .iai_outliers()
            .ignore_identity_outliers_v1(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "ignoreIdentityOutliersV1", result.await);
    let result = async {
        let body = parse(r#"["string"]"#)?;
        client
            .iai_outliers()
            .un_ignore_identity_outliers_v1(body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "unIgnoreIdentityOutliersV1", result.await);
    let result = async {
        client
            .iai_outliers()
            .export_outliers_zip_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportOutliersZipV1", result.await);
    let result = async {
        let outlier_feature_id = "04654b66-7561-4090-94f9-abee0722a1af";
        client
            .iai_outliers()
            .get_outlier_contributing_feature_summary_v1(outlier_feature_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOutlierContributingFeatureSummaryV1", result.await);
}

#[allow(deprecated)]
async fn iai_peer_group_strategies(client: &Client, failures: &mut Failures) {
    let result = async {
        let strategy = parse(r#""entitlement""#)?;
        client
            .iai_peer_group_strategies()
            .get_peer_group_outliers_v1(strategy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPeerGroupOutliersV1", result.await);
}

#[allow(deprecated)]
async fn iai_recommendations(client: &Client, failures: &mut Failures) {
    let result = async {
        let recommendationrequestdto = parse(r#"{}"#)?;
        client
            .iai_recommendations()
            .get_recommendations_v1(recommendationrequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRecommendationsV1", result.await);
    let result = async {
        client
            .iai_recommendations()
            .get_recommendations_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRecommendationsConfigV1", result.await);
    let result = async {
        let recommendationconfigdto = parse(r#"{}"#)?;
        client
            .iai_recommendations()
            .update_recommendations_config_v1(recommendationconfigdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateRecommendationsConfigV1", result.await);
}

#[allow(deprecated)]
async fn iai_role_mining(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .iai_role_mining()
            .get_role_mining_sessions_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSessionsV1", result.await);
    let result = async {
        let roleminingsessiondto = parse(r#"{}"#)?;
        client
            .iai_role_mining()
            .create_role_mining_sessions_v1(roleminingsessiondto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createRoleMiningSessionsV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_session_v1(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSessionV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .iai_role_mining()
            .patch_role_mining_session_v1(session_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchRoleMiningSessionV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_session_status_v1(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningSessionStatusV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_potential_role_summaries_v1(session_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleSummariesV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_potential_role_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let jsonpatchoperationrolemining = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .iai_role_mining()
            .patch_potential_role_session_v1(
                session_id,
                potential_role_id,
                jsonpatchoperationrolemining,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPotentialRoleSessionV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "62f28d91-7d9f-4d17-be15-666d5b41d77f";
        client
            .iai_role_mining()
            .get_potential_role_applications_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleApplicationsV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "62f28d91-7d9f-4d17-be15-666d5b41d77f";
        client
            .iai_role_mining()
            .get_potential_role_entitlements_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleEntitlementsV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_entitlements_potential_role_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementsPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_entitlement_distribution_potential_role_v1(
                session_id,
                potential_role_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementDistributionPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let roleminingpotentialroleeditentitlements = parse(r#"{}"#)?;
        client
            .iai_role_mining()
            .update_entitlements_potential_role_v1(
                session_id,
                potential_role_id,
                roleminingpotentialroleeditentitlements,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateEntitlementsPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_identities_potential_role_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitiesPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .export_role_mining_potential_role_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRoleV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        client
            .iai_role_mining()
            .export_role_mining_potential_role_async_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRoleAsyncV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        let export_id = "4940ffd4-836f-48a3-b2b0-6d498c3fdf40";
        client
            .iai_role_mining()
            .export_role_mining_potential_role_status_v1(
                session_id,
                potential_role_id,
                export_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportRoleMiningPotentialRoleStatusV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "278359a6-04b7-4669-9468-924cf580964a";
        let export_id = "4940ffd4-836f-48a3-b2b0-6d498c3fdf40";
        client
            .iai_role_mining()
            .download_role_mining_potential_role_zip_v1(
                session_id,
                potential_role_id,
                export_id,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "downloadRoleMiningPotentialRoleZipV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .create_potential_role_provision_request_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPotentialRoleProvisionRequestV1", result.await);
    let result = async {
        let session_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_excluded_entitlements_potential_role_v1(session_id, potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getExcludedEntitlementsPotentialRoleV1", result.await);
    let result = async {
        client
            .iai_role_mining()
            .get_all_potential_role_summaries_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAllPotentialRoleSummariesV1", result.await);
    let result = async {
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .iai_role_mining()
            .get_role_mining_potential_role_v1(potential_role_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleMiningPotentialRoleV1", result.await);
    let result = async {
        let potential_role_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let jsonpatchoperationrolemining = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .iai_role_mining()
            .patch_potential_role_v1(potential_role_id, jsonpatchoperationrolemining)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPotentialRoleV1", result.await);
    let result = async {
        client
            .iai_role_mining()
            .get_saved_potential_roles_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSavedPotentialRolesV1", result.await);
    let result = async {
        let potential_role_id = "e0cc5d7d-bf7f-4f81-b2af-8885b09d9923";
        let source_id = "2c9180877620c1460176267f336a106f";
        client
            .iai_role_mining()
            .get_potential_role_source_identity_usage_v1(potential_role_id, source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPotentialRoleSourceIdentityUsageV1", result.await);
}

#[allow(deprecated)]
async fn icons(client: &Client, failures: &mut Failures) {
    let result = async {
        let object_type = parse(r#""application""#)?;
        let object_id = "a291e870-48c3-4953-b656-fb5ce2a93169";
        let set_icon_v1_request = parse(r#"{"image":[]}"#)?;
        client
            .icons()
            .set_icon_v1(object_type, object_id, set_icon_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setIconV1", result.await);
    let result = async {
        let object_type = parse(r#""application""#)?;
        let object_id = "a291e870-48c3-4953-b656-fb5ce2a93169";
        client
            .icons()
            .delete_icon_v1(object_type, object_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIconV1", result.await);
}

#[allow(deprecated)]
async fn identities(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        client.identities().list_identities_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listIdentitiesV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.identities().get_identity_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getIdentityV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.identities().delete_identity_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteIdentityV1", result.await);
    let result = async {
        let identity_id = "ff8081814d2a8036014d701f3fbf53fa";
        schema_client
            .identities()
            .get_identity_ownership_details_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityOwnershipDetailsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.identities().reset_identity_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "resetIdentityV1", result.await);
    let result = async {
        let identity_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .identities()
            .get_role_assignments_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignmentsV1", result.await);
    let result = async {
        let identity_id = "ef38f94347e94562b5bb8424a56397d8";
        let assignment_id = "1cbb0705b38c4226b1334eadd8874086";
        client
            .identities()
            .get_role_assignment_v1(identity_id, assignment_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignmentV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .identities()
            .list_entitlements_by_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listEntitlementsByIdentityV1", result.await);
    let result = async {
        let identity_id = "string";
        client
            .identities()
            .synchronize_attributes_for_identity_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "synchronizeAttributesForIdentityV1", result.await);
    let result = async {
        let inviteidentitiesrequest = parse(r#"{}"#)?;
        client
            .identities()
            .start_identities_invite_v1(inviteidentitiesrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startIdentitiesInviteV1", result.await);
    let result = async {
        let id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        let sendaccountverificationrequest = parse(r#"{"via":"EMAIL_WORK"}"#)?;
        client
            .identities()
            .send_identity_verification_account_token_v1(
                id,
                sendaccountverificationrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendIdentityVerificationAccountTokenV1", result.await);
    let result = async {
        let processidentitiesrequest = parse(r#"{}"#)?;
        client
            .identities()
            .start_identity_processing_v1(processidentitiesrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startIdentityProcessingV1", result.await);
}

#[allow(deprecated)]
async fn identity_attributes(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .identity_attributes()
            .list_identity_attributes_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityAttributesV1", result.await);
    let result = async {
        let identityattribute2 = parse(r#"{"name":"costCenter"}"#)?;
        client
            .identity_attributes()
            .create_identity_attribute_v1(identityattribute2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityAttributeV1", result.await);
    let result = async {
        let name = "displayName";
        client
            .identity_attributes()
            .get_identity_attribute_v1(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityAttributeV1", result.await);
    let result = async {
        let name = "displayName";
        let identityattribute2 = parse(r#"{"name":"costCenter"}"#)?;
        client
            .identity_attributes()
            .put_identity_attribute_v1(name, identityattribute2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putIdentityAttributeV1", result.await);
    let result = async {
        let name = "displayName";
        client
            .identity_attributes()
            .delete_identity_attribute_v1(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityAttributeV1", result.await);
    let result = async {
        let identityattributenames = parse(r#"{}"#)?;
        client
            .identity_attributes()
            .delete_identity_attributes_in_bulk_v1(identityattributenames)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityAttributesInBulkV1", result.await);
}

#[allow(deprecated)]
async fn identity_history(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .identity_history()
            .list_historical_identities_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listHistoricalIdentitiesV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_historical_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getHistoricalIdentityV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .list_identity_access_items_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityAccessItemsV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .list_identity_snapshots_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentitySnapshotsV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_identity_snapshot_summary_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySnapshotSummaryV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let date = "2007-03-01T13:00:00Z";
        client
            .identity_history()
            .get_identity_snapshot_v1(id, date)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentitySnapshotV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let date = "2007-03-01T13:00:00Z";
        client
            .identity_history()
            .list_identity_snapshot_access_items_v1(id, date)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentitySnapshotAccessItemsV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_historical_identity_events_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getHistoricalIdentityEventsV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .get_identity_start_date_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityStartDateV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .identity_history()
            .compare_identity_snapshots_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "compareIdentitySnapshotsV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let access_type = "string";
        client
            .identity_history()
            .compare_identity_snapshots_access_type_v1(id, access_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "compareIdentitySnapshotsAccessTypeV1", result.await);
}

#[allow(deprecated)]
async fn identity_profiles(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        client
            .identity_profiles()
            .list_identity_profiles_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listIdentityProfilesV1", result.await);
    let result = async {
        let identityprofile = parse(r#"{"name":"aName","authoritativeSource":{}}"#)?;
        client
            .identity_profiles()
            .create_identity_profile_v1(identityprofile)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createIdentityProfileV1", result.await);
    let result = async {
        let identityprofilebulkdelete = parse(r#"["string"]"#)?;
        client
            .identity_profiles()
            .delete_identity_profiles_v1(identityprofilebulkdelete)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityProfilesV1", result.await);
    let result = async {
        client
            .identity_profiles()
            .export_identity_profiles_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportIdentityProfilesV1", result.await);
    let result = async {
        let identityprofileexportedobject = parse(r#"[{}]"#)?;
        client
            .identity_profiles()
            .import_identity_profiles_v1(identityprofileexportedobject)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importIdentityProfilesV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        client
            .identity_profiles()
            .get_identity_profile_v1(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityProfileV1", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .delete_identity_profile_v1(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteIdentityProfileV1", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .identity_profiles()
            .update_identity_profile_v1(identity_profile_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateIdentityProfileV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        client
            .identity_profiles()
            .get_default_identity_attribute_config_v1(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDefaultIdentityAttributeConfigV1", result.await);
    let result = async {
        let identity_profile_id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        client
            .identity_profiles()
            .sync_identity_profile_v1(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "syncIdentityProfileV1", result.await);
    let result = async {
        let identitypreviewrequest = parse(r#"{}"#)?;
        schema_client
            .identity_profiles()
            .generate_identity_preview_v1(identitypreviewrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "generateIdentityPreviewV1", result.await);
}

#[allow(deprecated)]
async fn intelligence(client: &Client, failures: &mut Failures) {
    let result = async {
        let filters = "string";
        client
            .intelligence()
            .get_identity_intelligence_v1(filters)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIdentityIntelligenceV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .intelligence()
            .get_intel_identity_accounts_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIntelIdentityAccountsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .intelligence()
            .get_intel_identity_rare_access_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIntelIdentityRareAccessV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .intelligence()
            .get_intel_identity_access_item_history_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIntelIdentityAccessItemHistoryV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .intelligence()
            .get_intel_identity_certification_history_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIntelIdentityCertificationHistoryV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let category = parse(r#""agents""#)?;
        client
            .intelligence()
            .get_intel_identity_non_human_identity_ownership_v1(id, category)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getIntelIdentityNonHumanIdentityOwnershipV1", result.await);
    let result = async {
        let response_action_create_request = parse(
            r#"{"actionType":"DISABLE_IDENTITY","identityType":"HUMAN","identityId":"2c918085842e69ae018428c919680149","context":{"source":"CROWDSTRIKE","externalAlertId":"CS-FALCON-12345","reason":"Malware detected on endpoint DESKTOP-A1B2C3","operator":"soc-analyst@customer.com"}}"#,
        )?;
        client
            .intelligence()
            .create_response_action_v1(response_action_create_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createResponseActionV1", result.await);
    let result = async {
        let id = "3f1e6c9a-8b2d-4e5f-9a1b-2c3d4e5f6a7b";
        client
            .intelligence()
            .get_response_action_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getResponseActionStatusV1", result.await);
}

#[allow(deprecated)]
async fn jit_access(client: &Client, failures: &mut Failures) {
    let result = async {
        let config_type = parse(r#""policy""#)?;
        client
            .jit_access()
            .get_jit_activation_config_v1(config_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getJitActivationConfigV1", result.await);
    let result = async {
        let config_type = parse(r#""policy""#)?;
        let jitaccessoperationrequest = parse(
            r#"[{"path":"/maxActivationPeriodMins","value":60}]"#,
        )?;
        client
            .jit_access()
            .patch_jit_activation_config_v1(config_type, jitaccessoperationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchJitActivationConfigV1", result.await);
}

#[allow(deprecated)]
async fn jit_activations(client: &Client, failures: &mut Failures) {
    let result = async {
        let jitactivationactivaterequest = parse(
            r#"{"connectionId":"757fb803-9024-5861-e510-83a56e4c5bd3","activationPeriodMins":120}"#,
        )?;
        client
            .jit_activations()
            .start_activate_workflow_v1(jitactivationactivaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startActivateWorkflowV1", result.await);
    let result = async {
        let jitactivationdeactivaterequest = parse(
            r#"{"connectionId":"757fb803-9024-5861-e510-83a56e4c5bd3"}"#,
        )?;
        client
            .jit_activations()
            .start_deactivate_workflow_v1(jitactivationdeactivaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startDeactivateWorkflowV1", result.await);
    let result = async {
        let jitactivationextendrequest = parse(
            r#"{"connectionId":"757fb803-9024-5861-e510-83a56e4c5bd3","activationPeriodExtensionMins":120}"#,
        )?;
        client
            .jit_activations()
            .start_extend_workflow_v1(jitactivationextendrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startExtendWorkflowV1", result.await);
    let result = async {
        client
            .jit_activations()
            .list_jit_activation_history_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listJitActivationHistoryV1", result.await);
    let result = async {
        client
            .jit_activations()
            .list_jit_activation_history_for_current_identity_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listJitActivationHistoryForCurrentIdentityV1", result.await);
}

#[allow(deprecated)]
async fn lifecycle_states(client: &Client, failures: &mut Failures) {
    let result = async {
        let identity_id = "2c9180857893f1290178944561990364";
        let set_lifecycle_state_v1_request = parse(r#"{}"#)?;
        client
            .lifecycle_states()
            .set_lifecycle_state_v1(identity_id, set_lifecycle_state_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setLifecycleStateV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        client
            .lifecycle_states()
            .get_lifecycle_states_v1(identity_profile_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLifecycleStatesV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecyclestate = parse(
            r#"{"name":"aName","technicalName":"Technical Name"}"#,
        )?;
        client
            .lifecycle_states()
            .create_lifecycle_state_v1(identity_profile_id, lifecyclestate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createLifecycleStateV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecycle_state_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .lifecycle_states()
            .get_lifecycle_state_v1(identity_profile_id, lifecycle_state_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLifecycleStateV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecycle_state_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .lifecycle_states()
            .delete_lifecycle_state_v1(identity_profile_id, lifecycle_state_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteLifecycleStateV1", result.await);
    let result = async {
        let identity_profile_id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let lifecycle_state_id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .lifecycle_states()
            .update_lifecycle_states_v1(
                identity_profile_id,
                lifecycle_state_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateLifecycleStatesV1", result.await);
}

#[allow(deprecated)]
async fn machine_account_classify(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_account_classify()
            .send_classify_machine_account_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendClassifyMachineAccountV1", result.await);
}

#[allow(deprecated)]
async fn machine_account_creation_request(client: &Client, failures: &mut Failures) {
    let result = async {
        let machineaccountcreaterequestinput = parse(
            r#"{"subtypeId":"6d28b7c1-620c-49c6-b6d5-cbf81eb4b5fa","ownerIdentityId":"18104e7e499b4e23882d6323344ab6bc"}"#,
        )?;
        client
            .machine_account_creation_request()
            .create_machine_account_request_v1(machineaccountcreaterequestinput)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMachineAccountRequestV1", result.await);
    let result = async {
        let account_request_id = "gt38f94347e94562b5bb8424a56498d8";
        client
            .machine_account_creation_request()
            .get_create_machine_account_request_v1(account_request_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCreateMachineAccountRequestV1", result.await);
    let result = async {
        client
            .machine_account_creation_request()
            .get_machine_account_create_access_info_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountCreateAccessInfoV1", result.await);
}

#[allow(deprecated)]
async fn machine_account_mappings(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_account_mappings()
            .list_machine_account_mappings_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineAccountMappingsV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let attributemappings = parse(r#"{}"#)?;
        client
            .machine_account_mappings()
            .create_machine_account_mappings_v1(source_id, attributemappings)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMachineAccountMappingsV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_account_mappings()
            .delete_machine_account_mappings_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineAccountMappingsV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let attributemappings = parse(r#"{}"#)?;
        client
            .machine_account_mappings()
            .set_machine_account_mappings_v1(source_id, attributemappings)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMachineAccountMappingsV1", result.await);
}

#[allow(deprecated)]
async fn machine_account_subtypes(client: &Client, failures: &mut Failures) {
    let result = async {
        let bulkretrievesourcesubtypesrequest = parse(r#"["string"]"#)?;
        client
            .machine_account_subtypes()
            .load_bulk_source_subtypes_v1(bulkretrievesourcesubtypesrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "loadBulkSourceSubtypesV1", result.await);
    let result = async {
        client
            .machine_account_subtypes()
            .list_source_subtypes_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSourceSubtypesV1", result.await);
    let result = async {
        let create_source_subtype_v1_request = parse(
            r#"{"sourceId":"6d0458373bec4b4b80460992b76016da","technicalName":"foo","displayName":"Mr Foo","description":"fighters"}"#,
        )?;
        client
            .machine_account_subtypes()
            .create_source_subtype_v1(create_source_subtype_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceSubtypeV1", result.await);
    let result = async {
        let subtype_id = "6d28b7c1-620c-49c6-b6d5-cbf81eb4b5fa";
        client
            .machine_account_subtypes()
            .get_source_subtype_by_id_v1(subtype_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSubtypeByIdV1", result.await);
    let result = async {
        let subtype_id = "6d28b7c1-620c-49c6-b6d5-cbf81eb4b5fa";
        client
            .machine_account_subtypes()
            .delete_machine_account_subtype_v1(subtype_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineAccountSubtypeV1", result.await);
    let result = async {
        let subtype_id = "6d28b7c1-620c-49c6-b6d5-cbf81eb4b5fa";
        let body = parse(r#"[{}]"#)?;
        client
            .machine_account_subtypes()
            .patch_machine_account_subtype_v1(subtype_id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchMachineAccountSubtypeV1", result.await);
    let result = async {
        let subtype_id = "ef38f94347e94562b5bb8424a56498d8";
        client
            .machine_account_subtypes()
            .get_machine_account_subtype_approval_config_v1(subtype_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountSubtypeApprovalConfigV1", result.await);
    let result = async {
        let subtype_id = "00eebcf881994e419d72e757fd30dc0e";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .machine_account_subtypes()
            .update_machine_account_subtype_approval_config_v1(
                subtype_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMachineAccountSubtypeApprovalConfigV1", result.await);
}

#[allow(deprecated)]
async fn machine_accounts(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .machine_accounts()
            .list_machine_accounts_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineAccountsV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_accounts()
            .get_machine_account_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client
            .machine_accounts()
            .update_machine_account_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMachineAccountV1", result.await);
    let result = async {
        let source_id = "6d0458373bec4b4b80460992b76016da";
        client
            .machine_accounts()
            .list_machine_account_subtypes_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineAccountSubtypesV1", result.await);
    let result = async {
        let source_id = "6d0458373bec4b4b80460992b76016da";
        let create_machine_account_subtype_v1_request = parse(
            r#"{"technicalName":"foo","displayName":"Mr Foo","description":"fighters"}"#,
        )?;
        client
            .machine_accounts()
            .create_machine_account_subtype_v1(
                source_id,
                create_machine_account_subtype_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMachineAccountSubtypeV1", result.await);
    let result = async {
        let source_id = "6d0458373bec4b4b80460992b76016da";
        let technical_name = "foo";
        client
            .machine_accounts()
            .get_machine_account_subtype_by_technical_name_v1(source_id, technical_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountSubtypeByTechnicalNameV1", result.await);
    let result = async {
        let source_id = "6d0458373bec4b4b80460992b76016da";
        let technical_name = "foo";
        client
            .machine_accounts()
            .delete_machine_account_subtype_by_technical_name_v1(
                source_id,
                technical_name,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineAccountSubtypeByTechnicalNameV1", result.await);
    let result = async {
        let source_id = "6d0458373bec4b4b80460992b76016da";
        let technical_name = "foo";
        let body = parse(r#"[{}]"#)?;
        client
            .machine_accounts()
            .patch_machine_account_subtype_by_technical_name_v1(
                source_id,
                technical_name,
                body,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchMachineAccountSubtypeByTechnicalNameV1", result.await);
    let result = async {
        let subtype_id = "43bdd144-4b17-4fce-a744-17c7fd3e717b";
        client
            .machine_accounts()
            .get_machine_account_subtype_by_id_v1(subtype_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountSubtypeByIdV1", result.await);
}

#[allow(deprecated)]
async fn machine_classification_config(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_classification_config()
            .get_machine_classification_config_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineClassificationConfigV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let machineclassificationconfig = parse(r#"{}"#)?;
        client
            .machine_classification_config()
            .set_machine_classification_config_v1(source_id, machineclassificationconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMachineClassificationConfigV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_classification_config()
            .delete_machine_classification_config_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineClassificationConfigV1", result.await);
}

#[allow(deprecated)]
async fn machine_identities(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .machine_identities()
            .list_machine_identities_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineIdentitiesV1", result.await);
    let result = async {
        let machineidentityrequest = parse(
            r#"{"name":"aName","nativeIdentity":"abc:123:dddd","subtype":"Application"}"#,
        )?;
        client
            .machine_identities()
            .create_machine_identity_v1(machineidentityrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMachineIdentityV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_identities()
            .get_machine_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineIdentityV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_identities()
            .delete_machine_identity_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineIdentityV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client
            .machine_identities()
            .update_machine_identity_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMachineIdentityV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_identities()
            .list_machine_identity_anomalies_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineIdentityAnomaliesV1", result.await);
    let result = async {
        client
            .machine_identities()
            .get_unsanctioned_anomaly_summary_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUnsanctionedAnomalySummaryV1", result.await);
    let result = async {
        client
            .machine_identities()
            .list_machine_identities_v2()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineIdentitiesV2", result.await);
    let result = async {
        let machineidentityv2 = parse(r#"{"name":"aName"}"#)?;
        client
            .machine_identities()
            .create_machine_identity_v2(machineidentityv2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMachineIdentityV2", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_identities()
            .get_machine_identity_v2(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineIdentityV2", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .machine_identities()
            .delete_machine_identity_v2(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMachineIdentityV2", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .machine_identities()
            .update_machine_identity_v2(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMachineIdentityV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "aws:iam-role";
        client
            .machine_identities()
            .list_ownership_correlation_configs_v1(source_id, resource_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOwnershipCorrelationConfigsV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "aws:iam-role";
        let config_id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        client
            .machine_identities()
            .get_ownership_correlation_config_v1(source_id, resource_id, config_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOwnershipCorrelationConfigV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "aws:iam-role";
        let config_id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        client
            .machine_identities()
            .delete_ownership_correlation_config_v1(source_id, resource_id, config_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteOwnershipCorrelationConfigV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "aws:iam-role";
        let config_id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .machine_identities()
            .patch_ownership_correlation_config_v1(
                source_id,
                resource_id,
                config_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchOwnershipCorrelationConfigV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let machineidentityaggregationrequest = parse(r#"{"datasetIds":["string"]}"#)?;
        client
            .machine_identities()
            .start_machine_identity_aggregation_v1(
                source_id,
                machineidentityaggregationrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startMachineIdentityAggregationV1", result.await);
    let result = async {
        client
            .machine_identities()
            .list_machine_identity_user_entitlements_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineIdentityUserEntitlementsV1", result.await);
}

#[allow(deprecated)]
async fn machine_identity_lifecycle_actions(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "1c9c8e1f-2f5f-4f77-9f7e-5d37e4fb3ef0";
        let lifecycleactionsubmitrequest = parse(r#"{"action":"DEACTIVATE"}"#)?;
        client
            .machine_identity_lifecycle_actions()
            .submit_machine_identity_lifecycle_action_v1(
                id,
                lifecycleactionsubmitrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitMachineIdentityLifecycleActionV1", result.await);
    let result = async {
        client
            .machine_identity_lifecycle_actions()
            .list_machine_identity_lifecycle_actions_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMachineIdentityLifecycleActionsV1", result.await);
    let result = async {
        let request_id = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        client
            .machine_identity_lifecycle_actions()
            .get_machine_identity_lifecycle_action_v1(request_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineIdentityLifecycleActionV1", result.await);
    let result = async {
        let request_id = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
        client
            .machine_identity_lifecycle_actions()
            .cancel_machine_identity_lifecycle_action_v1(request_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelMachineIdentityLifecycleActionV1", result.await);
}

#[allow(deprecated)]
async fn managed_clients(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .managed_clients()
            .get_managed_clients_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClientsV1", result.await);
    let result = async {
        let managedclientrequest = parse(r#"{"clusterId":"aClusterId"}"#)?;
        client
            .managed_clients()
            .create_managed_client_v1(managedclientrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createManagedClientV1", result.await);
    let result = async {
        let id = "4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7";
        client
            .managed_clients()
            .get_managed_client_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClientV1", result.await);
    let result = async {
        let id = "4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7";
        client
            .managed_clients()
            .delete_managed_client_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteManagedClientV1", result.await);
    let result = async {
        let id = "4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .managed_clients()
            .update_managed_client_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateManagedClientV1", result.await);
    let result = async {
        let id = "aClientId";
        let r#type = parse(r#""VA""#)?;
        client
            .managed_clients()
            .get_managed_client_status_v1(id, r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClientStatusV1", result.await);
    let result = async {
        let id = "4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7";
        client
            .managed_clients()
            .get_managed_client_health_indicators_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClientHealthIndicatorsV1", result.await);
}

#[allow(deprecated)]
async fn managed_cluster_types(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .managed_cluster_types()
            .get_managed_cluster_types_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClusterTypesV1", result.await);
    let result = async {
        let managedclustertype = parse(
            r#"{"type":"idn","pod":"megapod-useast1","org":"denali-cjh"}"#,
        )?;
        client
            .managed_cluster_types()
            .create_managed_cluster_type_v1(managedclustertype)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createManagedClusterTypeV1", result.await);
    let result = async {
        let id = "aClusterTypeId";
        client
            .managed_cluster_types()
            .get_managed_cluster_type_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClusterTypeV1", result.await);
    let result = async {
        let id = "aClusterTypeId";
        client
            .managed_cluster_types()
            .delete_managed_cluster_type_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteManagedClusterTypeV1", result.await);
    let result = async {
        let id = "aClusterTypeId";
        let jsonpatch = parse(r#"{}"#)?;
        client
            .managed_cluster_types()
            .update_managed_cluster_type_v1(id, jsonpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateManagedClusterTypeV1", result.await);
}

#[allow(deprecated)]
async fn managed_clusters(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .managed_clusters()
            .get_managed_clusters_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClustersV1", result.await);
    let result = async {
        let managedclusterrequest = parse(r#"{"name":"Managed Cluster Name"}"#)?;
        client
            .managed_clusters()
            .create_managed_cluster_v1(managedclusterrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createManagedClusterV1", result.await);
    let result = async {
        let id = "2c9180897de347a2017de8859e8c5039";
        client
            .managed_clusters()
            .get_managed_cluster_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getManagedClusterV1", result.await);
    let result = async {
        let id = "2c9180897de347a2017de8859e8c5039";
        client
            .managed_clusters()
            .delete_managed_cluster_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteManagedClusterV1", result.await);
    let result = async {
        let id = "2c9180897de347a2017de8859e8c5039";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .managed_clusters()
            .update_managed_cluster_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateManagedClusterV1", result.await);
    let result = async {
        let id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        client
            .managed_clusters()
            .get_client_log_configuration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getClientLogConfigurationV1", result.await);
    let result = async {
        let id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        let put_client_log_configuration_v1_request = parse(r#"{"rootLevel":"INFO"}"#)?;
        client
            .managed_clusters()
            .put_client_log_configuration_v1(id, put_client_log_configuration_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putClientLogConfigurationV1", result.await);
    let result = async {
        let id = "2b838de9-db9b-abcf-e646-d4f274ad4238";
        client.managed_clusters().update_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "updateV1", result.await);
}

#[allow(deprecated)]
async fn mfa_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_okta_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFAOktaConfigV1", result.await);
    let result = async {
        let mfaoktaconfig = parse(r#"{}"#)?;
        client
            .mfa_configuration()
            .set_mfa_okta_config_v1(mfaoktaconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFAOktaConfigV1", result.await);
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_duo_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFADuoConfigV1", result.await);
    let result = async {
        let mfaduoconfig = parse(r#"{}"#)?;
        client
            .mfa_configuration()
            .set_mfa_duo_config_v1(mfaduoconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFADuoConfigV1", result.await);
    let result = async {
        client
            .mfa_configuration()
            .get_mfa_kba_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMFAKbaConfigV1", result.await);
    let result = async {
        let kbaanswerrequestitem = parse(
            r#"[{"id":"c54fee53-2d63-4fc5-9259-3e93b9994135","answer":"Your answer"}]"#,
        )?;
        client
            .mfa_configuration()
            .set_mfakba_config_v1(kbaanswerrequestitem)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setMFAKBAConfigV1", result.await);
    let result = async {
        let method = parse(r#""okta-verify""#)?;
        client
            .mfa_configuration()
            .test_mfa_config_v1(method)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testMFAConfigV1", result.await);
}

#[allow(deprecated)]
async fn multi_host_integration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .multi_host_integration()
            .get_multi_host_integrations_list_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostIntegrationsListV1", result.await);
    let result = async {
        let multihostintegrationscreate = parse(
            r#"{"name":"My Multi-Host Integration","description":"This is the Multi-Host Integration.","owner":{},"connector":"multihost-microsoft-sql-server"}"#,
        )?;
        client
            .multi_host_integration()
            .create_multi_host_integration_v1(multihostintegrationscreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createMultiHostIntegrationV1", result.await);
    let result = async {
        client
            .multi_host_integration()
            .get_multihost_integration_types_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultihostIntegrationTypesV1", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        client
            .multi_host_integration()
            .get_multi_host_integrations_v1(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostIntegrationsV1", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        let multihostintegrationscreatesources = parse(r#"[{"name":"My Source"}]"#)?;
        client
            .multi_host_integration()
            .create_sources_within_multi_host_v1(
                multihost_id,
                multihostintegrationscreatesources,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourcesWithinMultiHostV1", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        client
            .multi_host_integration()
            .delete_multi_host_v1(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMultiHostV1", result.await);
    let result = async {
        let multihost_id = "anId";
        let update_multi_host_sources_v1_request_inner = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .multi_host_integration()
            .update_multi_host_sources_v1(
                multihost_id,
                update_multi_host_sources_v1_request_inner,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMultiHostSourcesV1", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1324";
        client
            .multi_host_integration()
            .test_connection_multi_host_sources_v1(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testConnectionMultiHostSourcesV1", result.await);
    let result = async {
        let multihost_id = "2c91808568c529c60168cca6f90c1326";
        let source_id = "2c91808568c529f60168cca6f90c1324";
        client
            .multi_host_integration()
            .test_source_connection_multihost_v1(multihost_id, source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConnectionMultihostV1", result.await);
    let result = async {
        let multihost_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_sources_within_multi_host_v1(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourcesWithinMultiHostV1", result.await);
    let result = async {
        let multi_host_id = "004091cb79b04636b88662afa50a4440";
        client
            .multi_host_integration()
            .get_multi_host_source_creation_errors_v1(multi_host_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMultiHostSourceCreationErrorsV1", result.await);
    let result = async {
        let multi_host_id = "004091cb79b04636b88662afa50a4440";
        let multihostintegrationbulksourcesdelete = parse(r#"["string"]"#)?;
        client
            .multi_host_integration()
            .delete_multi_host_sources_v1(
                multi_host_id,
                multihostintegrationbulksourcesdelete,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMultiHostSourcesV1", result.await);
    let result = async {
        let multihost_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_acct_aggregation_groups_v1(multihost_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAcctAggregationGroupsV1", result.await);
    let result = async {
        let multi_host_id = "aMultiHostId";
        client
            .multi_host_integration()
            .get_entitlement_aggregation_groups_v1(multi_host_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementAggregationGroupsV1", result.await);
}

#[allow(deprecated)]
async fn non_employee_lifecycle_management(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_records_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeRecordsV1", result.await);
    let result = async {
        let nonemployeerequestbody = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_record_v1(nonemployeerequestbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeRecordV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_record_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRecordV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let nonemployeerequestbody = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .update_non_employee_record_v1(id, nonemployeerequestbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateNonEmployeeRecordV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_record_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRecordV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_record_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeRecordV1", result.await);
    let result = async {
        let delete_non_employee_records_in_bulk_v1_request = parse(
            r#"{"ids":["2b838de9-db9b-abcf-e646-d4f274ad4238","2d838de9-db9b-abcf-e646-d4f274ad4238"]}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_records_in_bulk_v1(
                delete_non_employee_records_in_bulk_v1_request,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRecordsInBulkV1", result.await);
    let result = async {
        let requested_for = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .list_non_employee_requests_v1(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeRequestsV1", result.await);
    let result = async {
        let nonemployeerequestbody = parse(
            r#"{"accountName":"william.smith","firstName":"William","lastName":"Smith","email":"william.smith@example.com","phone":"5125555555","manager":"jane.doe","sourceId":"2c91808568c529c60168cca6f90c1313","startDate":"2020-03-24T00:00:00-05:00","endDate":"2021-03-25T00:00:00-05:00"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_request_v1(nonemployeerequestbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeRequestV1", result.await);
    let result = async {
        let id = "ac110005-7156-1150-8171-5b292e3e0084";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_request_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRequestV1", result.await);
    let result = async {
        let id = "ac110005-7156-1150-8171-5b292e3e0084";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_request_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeRequestV1", result.await);
    let result = async {
        let requested_for = "2c91808280430dfb0180431a59440460";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_request_summary_v1(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeRequestSummaryV1", result.await);
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_sources_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeSourcesV1", result.await);
    let result = async {
        let nonemployeesourcerequestbody = parse(
            r#"{"name":"Retail","description":"Source description","owner":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_source_v1(nonemployeesourcerequestbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeSourceV1", result.await);
    let result = async {
        let source_id = "2c91808b7c28b350017c2a2ec5790aa1";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSourceV1", result.await);
    let result = async {
        let source_id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSourceV1", result.await);
    let result = async {
        let source_id = "e136567de87e4d029e60b3c3c55db56d";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_source_v1(source_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeSourceV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .export_non_employee_records_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportNonEmployeeRecordsV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .import_non_employee_records_in_bulk_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importNonEmployeeRecordsInBulkV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_bulk_upload_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeBulkUploadStatusV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .export_non_employee_source_schema_template_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportNonEmployeeSourceSchemaTemplateV1", result.await);
    let result = async {
        client
            .non_employee_lifecycle_management()
            .list_non_employee_approvals_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNonEmployeeApprovalsV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_approval_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeApprovalV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        let nonemployeeapprovaldecision = parse(r#"{}"#)?;
        client
            .non_employee_lifecycle_management()
            .approve_non_employee_request_v1(id, nonemployeeapprovaldecision)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveNonEmployeeRequestV1", result.await);
    let result = async {
        let id = "e136567de87e4d029e60b3c3c55db56d";
        let nonemployeerejectapprovaldecision = parse(r#"{"comment":"approved"}"#)?;
        client
            .non_employee_lifecycle_management()
            .reject_non_employee_request_v1(id, nonemployeerejectapprovaldecision)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectNonEmployeeRequestV1", result.await);
    let result = async {
        let requested_for = "2c91808280430dfb0180431a59440460";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_approval_summary_v1(requested_for)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeApprovalSummaryV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_source_schema_attributes_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSourceSchemaAttributesV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let nonemployeeschemaattributebody = parse(
            r#"{"type":"TEXT","label":"Account Name","technicalName":"account.name"}"#,
        )?;
        client
            .non_employee_lifecycle_management()
            .create_non_employee_source_schema_attributes_v1(
                source_id,
                nonemployeeschemaattributebody,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNonEmployeeSourceSchemaAttributesV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_source_schema_attributes_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSourceSchemaAttributesV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let attribute_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .get_non_employee_schema_attribute_v1(source_id, attribute_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNonEmployeeSchemaAttributeV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let attribute_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .non_employee_lifecycle_management()
            .delete_non_employee_schema_attribute_v1(source_id, attribute_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNonEmployeeSchemaAttributeV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        let attribute_id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .non_employee_lifecycle_management()
            .patch_non_employee_schema_attribute_v1(
                source_id,
                attribute_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchNonEmployeeSchemaAttributeV1", result.await);
}

#[allow(deprecated)]
async fn notifications(client: &Client, failures: &mut Failures) {
    let result = async {
        let key = "approval_request_notification";
        let medium = parse(r#""EMAIL""#)?;
        client
            .notifications()
            .get_notification_template_variables_v1(key, medium)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationTemplateVariablesV1", result.await);
    let result = async {
        let mailfromattributesdto = parse(r#"{}"#)?;
        client
            .notifications()
            .put_mail_from_attributes_v1(mailfromattributesdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putMailFromAttributesV1", result.await);
    let result = async {
        let identity = "bobsmith@sailpoint.com";
        client
            .notifications()
            .get_mail_from_attributes_v1(identity)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMailFromAttributesV1", result.await);
    let result = async {
        client
            .notifications()
            .list_notification_template_defaults_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationTemplateDefaultsV1", result.await);
    let result = async {
        client
            .notifications()
            .list_notification_templates_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationTemplatesV1", result.await);
    let result = async {
        let templatedto = parse(
            r#"{"key":"cloud_manual_work_item_summary","medium":"EMAIL","locale":"en"}"#,
        )?;
        client
            .notifications()
            .create_notification_template_v1(templatedto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createNotificationTemplateV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .notifications()
            .get_notification_template_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationTemplateV1", result.await);
    let result = async {
        let templatebulkdeletedto = parse(
            r#"[{"key":"cloud_manual_work_item_summary"}]"#,
        )?;
        client
            .notifications()
            .delete_notification_templates_in_bulk_v1(templatebulkdeletedto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNotificationTemplatesInBulkV1", result.await);
    let result = async {
        client
            .notifications()
            .get_notifications_template_context_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationsTemplateContextV1", result.await);
    let result = async {
        client
            .notifications()
            .list_notification_preferences_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listNotificationPreferencesV1", result.await);
    let result = async {
        let key = "approval_completed_notification";
        client
            .notifications()
            .get_notification_preferences_v1(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNotificationPreferencesV1", result.await);
    let result = async {
        let key = "approval_completed_notification";
        let preferencesdto = parse(r#"{}"#)?;
        client
            .notifications()
            .set_notification_preferences_v1(key, preferencesdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setNotificationPreferencesV1", result.await);
    let result = async {
        let sendtestnotificationrequestdto = parse(r#"{}"#)?;
        client
            .notifications()
            .send_test_notification_v1(sendtestnotificationrequestdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendTestNotificationV1", result.await);
    let result = async {
        client
            .notifications()
            .list_from_addresses_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listFromAddressesV1", result.await);
    let result = async {
        let emailstatusdto = parse(r#"{}"#)?;
        client
            .notifications()
            .create_verified_from_address_v1(emailstatusdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createVerifiedFromAddressV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .notifications()
            .delete_verified_from_address_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteVerifiedFromAddressV1", result.await);
    let result = async {
        client
            .notifications()
            .get_dkim_attributes_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDkimAttributesV1", result.await);
    let result = async {
        let domainaddress = parse(r#"{}"#)?;
        client
            .notifications()
            .create_domain_dkim_v1(domainaddress)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDomainDkimV1", result.await);
}

#[allow(deprecated)]
async fn o_auth_clients(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .o_auth_clients()
            .list_oauth_clients_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listOauthClientsV1", result.await);
    let result = async {
        let createoauthclientrequest = parse(
            r#"{"name":"Demo API Client","description":"An API client used for the authorization_code, refresh_token, and client_credentials flows","accessTokenValiditySeconds":750,"grantTypes":["AUTHORIZATION_CODE","CLIENT_CREDENTIALS","REFRESH_TOKEN"],"accessType":"OFFLINE","enabled":true}"#,
        )?;
        client
            .o_auth_clients()
            .create_oauth_client_v1(createoauthclientrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createOauthClientV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .o_auth_clients()
            .get_oauth_client_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOauthClientV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .o_auth_clients()
            .delete_oauth_client_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteOauthClientV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .o_auth_clients()
            .patch_oauth_client_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchOauthClientV1", result.await);
}

#[allow(deprecated)]
async fn org_config(client: &Client, failures: &mut Failures) {
    let result = async {
        client.org_config().get_org_config_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getOrgConfigV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .org_config()
            .patch_org_config_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchOrgConfigV1", result.await);
    let result = async {
        client
            .org_config()
            .get_valid_time_zones_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getValidTimeZonesV1", result.await);
}

#[allow(deprecated)]
async fn parameter_storage(client: &Client, failures: &mut Failures) {
    let result = async {
        let key = "BLdV-KA7nSRXx2XkksQX7bmOAShARsB3CCVWodKr4dOJj_puru76wy6drBTVlSytW_rDheLwepm9xdrRuqUI7p81wMP576frFBbsjndBKyRm3eouPbDcW8MAz0XRH1BB3w==";
        client
            .parameter_storage()
            .get_attestation_document_v1(key)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAttestationDocumentV1", result.await);
    let result = async {
        client
            .parameter_storage()
            .search_parameters_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchParametersV1", result.await);
    let result = async {
        client
            .parameter_storage()
            .create_parameter_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createParameterV1", result.await);
    let result = async {
        let id = "58de858b-83d9-4563-9e15-7393594c684a";
        client
            .parameter_storage()
            .get_parameter_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getParameterV1", result.await);
    let result = async {
        let id = "58de858b-83d9-4563-9e15-7393594c684a";
        client
            .parameter_storage()
            .delete_parameter_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteParameterV1", result.await);
    let result = async {
        let id = "58de858b-83d9-4563-9e15-7393594c684a";
        client
            .parameter_storage()
            .update_parameter_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateParameterV1", result.await);
    let result = async {
        let id = "58de858b-83d9-4563-9e15-7393594c684a";
        client
            .parameter_storage()
            .get_parameter_references_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getParameterReferencesV1", result.await);
    let result = async {
        client
            .parameter_storage()
            .get_parameter_storage_specification_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getParameterStorageSpecificationV1", result.await);
}

#[allow(deprecated)]
async fn password_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_configuration()
            .get_password_org_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordOrgConfigV1", result.await);
    let result = async {
        let passwordorgconfig = parse(r#"{}"#)?;
        client
            .password_configuration()
            .put_password_org_config_v1(passwordorgconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPasswordOrgConfigV1", result.await);
    let result = async {
        let passwordorgconfig = parse(r#"{}"#)?;
        client
            .password_configuration()
            .create_password_org_config_v1(passwordorgconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordOrgConfigV1", result.await);
}

#[allow(deprecated)]
async fn password_dictionary(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_dictionary()
            .get_password_dictionary_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordDictionaryV1", result.await);
    let result = async {
        let put_password_dictionary_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .password_dictionary()
            .put_password_dictionary_v1(put_password_dictionary_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPasswordDictionaryV1", result.await);
}

#[allow(deprecated)]
async fn password_management(client: &Client, failures: &mut Failures) {
    let result = async {
        let passwordinfoquerydto = parse(r#"{}"#)?;
        client
            .password_management()
            .query_password_info_v1(passwordinfoquerydto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "queryPasswordInfoV1", result.await);
    let result = async {
        let passwordchangerequest = parse(r#"{}"#)?;
        client
            .password_management()
            .set_password_v1(passwordchangerequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setPasswordV1", result.await);
    let result = async {
        let id = "089899f13a8f4da7824996191587bab9";
        client
            .password_management()
            .get_password_change_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordChangeStatusV1", result.await);
    let result = async {
        let passworddigittokenreset = parse(r#"{"userId":"Abby.Smith"}"#)?;
        client
            .password_management()
            .create_digit_token_v1(passworddigittokenreset)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createDigitTokenV1", result.await);
}

#[allow(deprecated)]
async fn password_policies(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0005";
        client
            .password_policies()
            .get_password_policy_by_id_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordPolicyByIdV1", result.await);
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0007";
        let passwordpolicyv3dto = parse(r#"{}"#)?;
        client
            .password_policies()
            .set_password_policy_v1(id, passwordpolicyv3dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setPasswordPolicyV1", result.await);
    let result = async {
        let id = "ff808081838d9e9d01838da6a03e0002";
        client
            .password_policies()
            .delete_password_policy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePasswordPolicyV1", result.await);
    let result = async {
        client
            .password_policies()
            .list_password_policies_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPasswordPoliciesV1", result.await);
    let result = async {
        let passwordpolicyv3dto = parse(r#"{}"#)?;
        client
            .password_policies()
            .create_password_policy_v1(passwordpolicyv3dto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordPolicyV1", result.await);
}

#[allow(deprecated)]
async fn password_sync_groups(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .password_sync_groups()
            .get_password_sync_groups_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordSyncGroupsV1", result.await);
    let result = async {
        let passwordsyncgroup = parse(r#"{}"#)?;
        client
            .password_sync_groups()
            .create_password_sync_group_v1(passwordsyncgroup)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPasswordSyncGroupV1", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        client
            .password_sync_groups()
            .get_password_sync_group_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPasswordSyncGroupV1", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        let passwordsyncgroup = parse(r#"{}"#)?;
        client
            .password_sync_groups()
            .update_password_sync_group_v1(id, passwordsyncgroup)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updatePasswordSyncGroupV1", result.await);
    let result = async {
        let id = "6881f631-3bd5-4213-9c75-8e05cc3e35dd";
        client
            .password_sync_groups()
            .delete_password_sync_group_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePasswordSyncGroupV1", result.await);
}

#[allow(deprecated)]
async fn personal_access_tokens(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .personal_access_tokens()
            .list_personal_access_tokens_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPersonalAccessTokensV1", result.await);
    let result = async {
        let createpersonalaccesstokenrequest = parse(
            r#"{"name":"NodeJS Integration"}"#,
        )?;
        client
            .personal_access_tokens()
            .create_personal_access_token_v1(createpersonalaccesstokenrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createPersonalAccessTokenV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .personal_access_tokens()
            .delete_personal_access_token_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deletePersonalAccessTokenV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .personal_access_tokens()
            .patch_personal_access_token_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPersonalAccessTokenV1", result.await);
}

#[allow(deprecated)]
async fn privilege_criteria(client: &Client, failures: &mut Failures) {
    let result = async {
        let filters = "type eq \"CUSTOM\" and sourceId eq \"c42c45d8d7c04d2da64d215cd8c32f21\"";
        client
            .privilege_criteria()
            .list_privilege_criteria_v1(filters)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPrivilegeCriteriaV1", result.await);
    let result = async {
        let createprivilegecriteriarequest = parse(r#"{}"#)?;
        client
            .privilege_criteria()
            .create_custom_privilege_criteria_v1(createprivilegecriteriarequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createCustomPrivilegeCriteriaV1", result.await);
    let result = async {
        let criteria_id = "6d123044-5834-4e8d-a49f-9c70089b0de1";
        client
            .privilege_criteria()
            .get_privilege_criteria_v1(criteria_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPrivilegeCriteriaV1", result.await);
    let result = async {
        let criteria_id = "6d123044-5834-4e8d-a49f-9c70089b0de1";
        let privilegecriteriadto = parse(r#"{}"#)?;
        client
            .privilege_criteria()
            .put_custom_privilege_criteria_value_v1(criteria_id, privilegecriteriadto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putCustomPrivilegeCriteriaValueV1", result.await);
    let result = async {
        let criteria_id = "6d123044-5834-4e8d-a49f-9c70089b0de1";
        client
            .privilege_criteria()
            .delete_custom_privilege_criteria_v1(criteria_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteCustomPrivilegeCriteriaV1", result.await);
}

#[allow(deprecated)]
async fn privilege_criteria_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        let criteria_config_id = "6d123044-5834-4e8d-a49f-9c70089b0de1";
        client
            .privilege_criteria_configuration()
            .get_privilege_criteria_config_v1(criteria_config_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPrivilegeCriteriaConfigV1", result.await);
    let result = async {
        let criteria_config_id = "6d123044-5834-4e8d-a49f-9c70089b0de1";
        let body = parse(r#"[{}]"#)?;
        client
            .privilege_criteria_configuration()
            .patch_privilege_criteria_config_v1(criteria_config_id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchPrivilegeCriteriaConfigV1", result.await);
    let result = async {
        let filters = "sourceId eq \"c42c45d8d7c04d2da64d215cd8c32f21\"";
        client
            .privilege_criteria_configuration()
            .list_privilege_criteria_config_v1(filters)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPrivilegeCriteriaConfigV1", result.await);
}

#[allow(deprecated)]
async fn public_identities(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .public_identities()
            .get_public_identities_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPublicIdentitiesV1", result.await);
}

#[allow(deprecated)]
async fn public_identities_config(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .public_identities_config()
            .get_public_identity_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getPublicIdentityConfigV1", result.await);
    let result = async {
        let publicidentityconfig = parse(r#"{}"#)?;
        client
            .public_identities_config()
            .update_public_identity_config_v1(publicidentityconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updatePublicIdentityConfigV1", result.await);
}

#[allow(deprecated)]
async fn public_machine_identities(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .public_machine_identities()
            .list_public_machine_identities_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPublicMachineIdentitiesV1", result.await);
}

#[allow(deprecated)]
async fn reports_data_extraction(
    client: &Client,
    schema_client: &Client,
    failures: &mut Failures,
) {
    let result = async {
        let task_result_id = "ef38f94347e94562b5bb8424a56397d8";
        schema_client
            .reports_data_extraction()
            .get_report_result_v1(task_result_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReportResultV1", result.await);
    let result = async {
        let reportdetails = parse(r#"{}"#)?;
        schema_client
            .reports_data_extraction()
            .start_report_v1(reportdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startReportV1", result.await);
    let result = async {
        let id = "a1ed223247144cc29d23c632624b4767";
        client
            .reports_data_extraction()
            .cancel_report_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelReportV1", result.await);
    let result = async {
        let task_result_id = "ef38f94347e94562b5bb8424a56397d8";
        let file_format = parse(r#""csv""#)?;
        client
            .reports_data_extraction()
            .get_report_v1(task_result_id, file_format)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReportV1", result.await);
}

#[allow(deprecated)]
async fn requestable_objects(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .requestable_objects()
            .list_requestable_objects_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listRequestableObjectsV1", result.await);
}

#[allow(deprecated)]
async fn role_insights(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .role_insights()
            .create_role_insight_requests_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createRoleInsightRequestsV1", result.await);
    let result = async {
        let id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_requests_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsRequestsV1", result.await);
    let result = async {
        client
            .role_insights()
            .get_role_insights_summary_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsSummaryV1", result.await);
    let result = async {
        client
            .role_insights()
            .get_role_insights_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsV1", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insight_v1(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightV1", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_entitlements_changes_v1(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsEntitlementsChangesV1", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .download_role_insights_entitlements_changes_v1(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "downloadRoleInsightsEntitlementsChangesV1", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_role_insights_current_entitlements_v1(insight_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleInsightsCurrentEntitlementsV1", result.await);
    let result = async {
        let insight_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        let entitlement_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .role_insights()
            .get_entitlement_changes_identities_v1(insight_id, entitlement_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementChangesIdentitiesV1", result.await);
}

#[allow(deprecated)]
async fn role_propagation(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .role_propagation()
            .start_role_propagation_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startRolePropagationV1", result.await);
    let result = async {
        let role_propagation_id = "47b9fb02-e12e-42ba-8bfe-1860d78c88eb";
        client
            .role_propagation()
            .get_role_propagation_status_v1(role_propagation_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRolePropagationStatusV1", result.await);
    let result = async {
        client
            .role_propagation()
            .get_ongoing_role_propagation_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getOngoingRolePropagationV1", result.await);
    let result = async {
        client
            .role_propagation()
            .cancel_role_propagation_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelRolePropagationV1", result.await);
    let result = async {
        client
            .role_propagation()
            .get_role_propagation_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRolePropagationConfigV1", result.await);
    let result = async {
        let role_propagation_config_input = parse(r#"{}"#)?;
        client
            .role_propagation()
            .set_role_propagation_config_v1(role_propagation_config_input)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setRolePropagationConfigV1", result.await);
}

#[allow(deprecated)]
async fn roles(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        schema_client.roles().list_roles_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listRolesV1", result.await);
    let result = async {
        let role = parse(r#"{"name":"Role 2567","owner":{}}"#)?;
        schema_client.roles().create_role_v1(role).send().await.map(drop).map_err(reason)
    };
    record(failures, "createRoleV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        schema_client.roles().get_role_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getRoleV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client.roles().delete_role_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteRoleV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        schema_client
            .roles()
            .patch_role_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchRoleV1", result.await);
    let result = async {
        let rolebulkdeleterequest = parse(
            r#"{"roleIds":["2c9180847812e0b1017817051919ecca","2c9180887812e0b201781e129f151816"]}"#,
        )?;
        client
            .roles()
            .delete_bulk_roles_v1(rolebulkdeleterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteBulkRolesV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121e121518";
        client
            .roles()
            .get_role_assigned_identities_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleAssignedIdentitiesV1", result.await);
    let result = async {
        let id = "2c91808a7813090a017814121919ecca";
        client
            .roles()
            .get_role_entitlements_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getRoleEntitlementsV1", result.await);
    let result = async {
        let id = "c24359c389374d0fb8585698a2189e3d";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        schema_client
            .roles()
            .update_attribute_key_and_value_to_role_v1(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAttributeKeyAndValueToRoleV1", result.await);
    let result = async {
        let id = "2c91808c74ff913f0175097daa9d59cd";
        let attribute_key = "iscPrivacy";
        let attribute_value = "public";
        client
            .roles()
            .delete_metadata_from_role_by_key_and_value_v1(
                id,
                attribute_key,
                attribute_value,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteMetadataFromRoleByKeyAndValueV1", result.await);
    let result = async {
        let rolemetadatabulkupdatebyidrequest = parse(
            r#"{"roles":["b1db89554cfa431cb8b9921ea38d9367"],"operation":"REPLACE","values":[{"attribute":"iscFederalClassifications","values":["topSecret"]}]}"#,
        )?;
        client
            .roles()
            .update_roles_metadata_by_ids_v1(rolemetadatabulkupdatebyidrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateRolesMetadataByIdsV1", result.await);
    let result = async {
        let rolemetadatabulkupdatebyfilterrequest = parse(
            r#"{"filters":" requestable eq false","operation":"REPLACE","values":[{"attribute":"iscFederalClassifications","values":["topSecret"]}]}"#,
        )?;
        client
            .roles()
            .update_roles_metadata_by_filter_v1(rolemetadatabulkupdatebyfilterrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateRolesMetadataByFilterV1", result.await);
    let result = async {
        let rolemetadatabulkupdatebyqueryrequest = parse(
            r#"{"query":{"query\"":{"indices":["roles"],"queryType":"TEXT","textQuery":{"terms":["test123"],"fields":["id"],"matchAny":false,"contains":true},"includeNested":false}},"operation":"REPLACE","values":[{}]}"#,
        )?;
        client
            .roles()
            .update_roles_metadata_by_query_v1(rolemetadatabulkupdatebyqueryrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateRolesMetadataByQueryV1", result.await);
    let result = async {
        client
            .roles()
            .get_bulk_update_status_by_id_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getBulkUpdateStatusByIdV1", result.await);
    let result = async {
        client.roles().get_bulk_update_status_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getBulkUpdateStatusV1", result.await);
    let result = async {
        schema_client
            .roles()
            .search_roles_by_filter_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchRolesByFilterV1", result.await);
}

#[allow(deprecated)]
async fn saved_search(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .saved_search()
            .list_saved_searches_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSavedSearchesV1", result.await);
    let result = async {
        let create_saved_search_v1_request = parse(
            r#"{"indices":["identities"],"query":"@accounts(disabled:true)"}"#,
        )?;
        client
            .saved_search()
            .create_saved_search_v1(create_saved_search_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSavedSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        client
            .saved_search()
            .get_saved_search_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSavedSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        let savedsearch = parse(
            r#"{"indices":["identities"],"query":"@accounts(disabled:true)"}"#,
        )?;
        client
            .saved_search()
            .put_saved_search_v1(id, savedsearch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSavedSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        client
            .saved_search()
            .delete_saved_search_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSavedSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        let searcharguments = parse(r#"{}"#)?;
        client
            .saved_search()
            .execute_saved_search_v1(id, searcharguments)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "executeSavedSearchV1", result.await);
}

#[allow(deprecated)]
async fn scheduled_search(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .scheduled_search()
            .list_scheduled_search_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listScheduledSearchV1", result.await);
    let result = async {
        let create_scheduled_search_v1_request = parse(
            r#"{"savedSearchId":"554f1511-f0a1-4744-ab14-599514d3e57c","schedule":{"type":"DAILY","hours":{"type":"LIST","values":["MON","WED"]}},"recipients":[{"type":"IDENTITY","id":"2c9180867624cbd7017642d8c8c81f67"}]}"#,
        )?;
        client
            .scheduled_search()
            .create_scheduled_search_v1(create_scheduled_search_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createScheduledSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        client
            .scheduled_search()
            .get_scheduled_search_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getScheduledSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        let scheduledsearch = parse(
            r#"{"savedSearchId":"554f1511-f0a1-4744-ab14-599514d3e57c","schedule":{"type":"DAILY","hours":{"type":"LIST","values":["MON","WED"]}},"recipients":[{"type":"IDENTITY","id":"2c9180867624cbd7017642d8c8c81f67"}]}"#,
        )?;
        client
            .scheduled_search()
            .update_scheduled_search_v1(id, scheduledsearch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateScheduledSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        client
            .scheduled_search()
            .delete_scheduled_search_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteScheduledSearchV1", result.await);
    let result = async {
        let id = "2c91808568c529c60168cca6f90c1313";
        let scheduled_search_typedreference = parse(
            r#"{"type":"ACCOUNT_CORRELATION_CONFIG","id":"2c91808568c529c60168cca6f90c1313"}"#,
        )?;
        client
            .scheduled_search()
            .unsubscribe_scheduled_search_v1(id, scheduled_search_typedreference)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "unsubscribeScheduledSearchV1", result.await);
}

#[allow(deprecated)]
async fn search(client: &Client, failures: &mut Failures) {
    let result = async {
        let search = parse(r#"{}"#)?;
        client.search().search_post_v1(search).send().await.map(drop).map_err(reason)
    };
    record(failures, "searchPostV1", result.await);
    let result = async {
        let search = parse(r#"{}"#)?;
        client.search().search_count_v1(search).send().await.map(drop).map_err(reason)
    };
    record(failures, "searchCountV1", result.await);
    let result = async {
        let search = parse(r#"{}"#)?;
        client
            .search()
            .search_aggregate_v1(search)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchAggregateV1", result.await);
    let result = async {
        let index = parse(r#""identities""#)?;
        let id = "2c91808568c529c60168cca6f90c1313";
        client.search().search_get_v1(index, id).send().await.map(drop).map_err(reason)
    };
    record(failures, "searchGetV1", result.await);
}

#[allow(deprecated)]
async fn search_attribute_configuration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .search_attribute_configuration()
            .get_search_attribute_config_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSearchAttributeConfigV1", result.await);
    let result = async {
        let searchattributeconfig = parse(r#"{}"#)?;
        client
            .search_attribute_configuration()
            .create_search_attribute_config_v1(searchattributeconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSearchAttributeConfigV1", result.await);
    let result = async {
        let name = "newMailAttribute";
        client
            .search_attribute_configuration()
            .get_single_search_attribute_config_v1(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSingleSearchAttributeConfigV1", result.await);
    let result = async {
        let name = "newMailAttribute";
        client
            .search_attribute_configuration()
            .delete_search_attribute_config_v1(name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSearchAttributeConfigV1", result.await);
    let result = async {
        let name = "promotedMailAttribute";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .search_attribute_configuration()
            .patch_search_attribute_config_v1(name, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSearchAttributeConfigV1", result.await);
}

#[allow(deprecated)]
async fn segments(client: &Client, failures: &mut Failures) {
    let result = async {
        client.segments().list_segments_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSegmentsV1", result.await);
    let result = async {
        let segment = parse(r#"{}"#)?;
        client
            .segments()
            .create_segment_v1(segment)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSegmentV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.segments().get_segment_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSegmentV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client.segments().delete_segment_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSegmentV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"[{}]"#)?;
        client
            .segments()
            .patch_segment_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSegmentV1", result.await);
}

#[allow(deprecated)]
async fn service_desk_integration(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .service_desk_integration()
            .get_service_desk_integrations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationsV1", result.await);
    let result = async {
        let servicedeskintegrationdto = parse(
            r#"{"name":"Service Desk Integration Name","description":"A very nice Service Desk integration","type":"ServiceNowSDIM","attributes":{"property":"value","key":"value"}}"#,
        )?;
        client
            .service_desk_integration()
            .create_service_desk_integration_v1(servicedeskintegrationdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createServiceDeskIntegrationV1", result.await);
    let result = async {
        let id = "anId";
        client
            .service_desk_integration()
            .get_service_desk_integration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationV1", result.await);
    let result = async {
        let id = "anId";
        let servicedeskintegrationdto = parse(
            r#"{"name":"Service Desk Integration Name","description":"A very nice Service Desk integration","type":"ServiceNowSDIM","attributes":{"property":"value","key":"value"}}"#,
        )?;
        client
            .service_desk_integration()
            .put_service_desk_integration_v1(id, servicedeskintegrationdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putServiceDeskIntegrationV1", result.await);
    let result = async {
        let id = "anId";
        client
            .service_desk_integration()
            .delete_service_desk_integration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteServiceDeskIntegrationV1", result.await);
    let result = async {
        let id = "anId";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .service_desk_integration()
            .patch_service_desk_integration_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchServiceDeskIntegrationV1", result.await);
    let result = async {
        client
            .service_desk_integration()
            .get_service_desk_integration_types_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationTypesV1", result.await);
    let result = async {
        let script_name = "aScriptName";
        client
            .service_desk_integration()
            .get_service_desk_integration_template_v1(script_name)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getServiceDeskIntegrationTemplateV1", result.await);
    let result = async {
        client
            .service_desk_integration()
            .get_status_check_details_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStatusCheckDetailsV1", result.await);
    let result = async {
        let queuedcheckconfigdetails = parse(
            r#"{"provisioningStatusCheckIntervalMinutes":"string","provisioningMaxStatusCheckDays":"string"}"#,
        )?;
        client
            .service_desk_integration()
            .update_status_check_details_v1(queuedcheckconfigdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateStatusCheckDetailsV1", result.await);
}

#[allow(deprecated)]
async fn shared_signals_framework_ssf(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .shared_signals_framework_ssf()
            .get_ssf_configuration_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSSFConfigurationV1", result.await);
    let result = async {
        client
            .shared_signals_framework_ssf()
            .get_jwks_data_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getJWKSDataV1", result.await);
    let result = async {
        client
            .shared_signals_framework_ssf()
            .get_stream_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStreamV1", result.await);
    let result = async {
        let replacestreamconfigurationrequest = parse(
            r#"{"stream_id":"550e8400-e29b-41d4-a716-446655440000","delivery":{"method":"urn:ietf:rfc:8935","endpoint_url":"https://receiver.example.com/ssf/events"}}"#,
        )?;
        client
            .shared_signals_framework_ssf()
            .set_stream_configuration_v1(replacestreamconfigurationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setStreamConfigurationV1", result.await);
    let result = async {
        let createstreamrequest = parse(
            r#"{"delivery":{"method":"urn:ietf:rfc:8935","endpoint_url":"https://receiver.example.com/ssf/events"}}"#,
        )?;
        client
            .shared_signals_framework_ssf()
            .create_stream_v1(createstreamrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createStreamV1", result.await);
    let result = async {
        let stream_id = "550e8400-e29b-41d4-a716-446655440000";
        client
            .shared_signals_framework_ssf()
            .delete_stream_v1(stream_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteStreamV1", result.await);
    let result = async {
        let updatestreamconfigurationrequest = parse(
            r#"{"stream_id":"550e8400-e29b-41d4-a716-446655440000"}"#,
        )?;
        client
            .shared_signals_framework_ssf()
            .update_stream_configuration_v1(updatestreamconfigurationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateStreamConfigurationV1", result.await);
    let result = async {
        let stream_id = "550e8400-e29b-41d4-a716-446655440000";
        client
            .shared_signals_framework_ssf()
            .get_stream_status_v1(stream_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStreamStatusV1", result.await);
    let result = async {
        let updatestreamstatusrequest = parse(
            r#"{"stream_id":"550e8400-e29b-41d4-a716-446655440000","status":"paused"}"#,
        )?;
        client
            .shared_signals_framework_ssf()
            .update_stream_status_v1(updatestreamstatusrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateStreamStatusV1", result.await);
    let result = async {
        let verificationrequest = parse(
            r#"{"stream_id":"550e8400-e29b-41d4-a716-446655440000"}"#,
        )?;
        client
            .shared_signals_framework_ssf()
            .send_stream_verification_v1(verificationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "sendStreamVerificationV1", result.await);
}

#[allow(deprecated)]
async fn sim_integrations(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "string";
        client
            .sim_integrations()
            .get_sim_integration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSIMIntegrationV1", result.await);
    let result = async {
        let id = "string";
        let simintegrationdetails = parse(r#"{"name":"aName"}"#)?;
        client
            .sim_integrations()
            .put_sim_integration_v1(id, simintegrationdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSIMIntegrationV1", result.await);
    let result = async {
        let id = "string";
        client
            .sim_integrations()
            .delete_sim_integration_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSIMIntegrationV1", result.await);
    let result = async {
        let id = "string";
        let jsonpatch = parse(r#"{}"#)?;
        client
            .sim_integrations()
            .patch_sim_attributes_v1(id, jsonpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSIMAttributesV1", result.await);
    let result = async {
        let id = "string";
        let jsonpatch = parse(r#"{}"#)?;
        client
            .sim_integrations()
            .patch_before_provisioning_rule_v1(id, jsonpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchBeforeProvisioningRuleV1", result.await);
    let result = async {
        client
            .sim_integrations()
            .get_sim_integrations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSIMIntegrationsV1", result.await);
    let result = async {
        let simintegrationdetails = parse(r#"{"name":"aName"}"#)?;
        client
            .sim_integrations()
            .create_sim_integration_v1(simintegrationdetails)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSIMIntegrationV1", result.await);
}

#[allow(deprecated)]
async fn sod_controls(client: &Client, failures: &mut Failures) {
    let result = async {
        client.sod_controls().list_controls_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listControlsV1", result.await);
    let result = async {
        let compensatingcontrolcreate = parse(
            r#"{"name":"a name","owner":{"id":"3e07886555ed43cfb83c85c58d2016e6","type":"IDENTITY"},"type":"Mitigation"}"#,
        )?;
        client
            .sod_controls()
            .create_control_v1(compensatingcontrolcreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createControlV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        client.sod_controls().get_control_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getControlV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        let compensatingcontrolupdate = parse(r#"{}"#)?;
        client
            .sod_controls()
            .put_control_v1(id, compensatingcontrolupdate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putControlV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        client
            .sod_controls()
            .delete_control_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteControlV1", result.await);
}

#[allow(deprecated)]
async fn sod_policies(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .sod_policies()
            .list_sod_policies_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSodPoliciesV1", result.await);
    let result = async {
        let sodpolicy = parse(r#"{}"#)?;
        client
            .sod_policies()
            .create_sod_policy_v1(sodpolicy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .get_sod_policy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        let sodpolicy = parse(r#"{}"#)?;
        client
            .sod_policies()
            .put_sod_policy_v1(id, sodpolicy)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .delete_sod_policy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSodPolicyV1", result.await);
    let result = async {
        let id = "2c918083-5d19-1a86-015d-28455b4a2329";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sod_policies()
            .patch_sod_policy_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .start_evaluate_sod_policy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startEvaluateSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .get_sod_policy_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodPolicyScheduleV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        let sodpolicyschedule = parse(r#"{}"#)?;
        client
            .sod_policies()
            .put_policy_schedule_v1(id, sodpolicyschedule)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putPolicyScheduleV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .delete_sod_policy_schedule_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSodPolicyScheduleV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .start_sod_policy_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startSodPolicyV1", result.await);
    let result = async {
        let id = "ef38f943-47e9-4562-b5bb-8424a56397d8";
        client
            .sod_policies()
            .get_sod_violation_report_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodViolationReportStatusV1", result.await);
    let result = async {
        let report_result_id = "2e8d8180-24bc-4d21-91c6-7affdb473b0d";
        client
            .sod_policies()
            .get_sod_violation_report_run_status_v1(report_result_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodViolationReportRunStatusV1", result.await);
    let result = async {
        client
            .sod_policies()
            .start_sod_all_policies_for_org_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startSodAllPoliciesForOrgV1", result.await);
    let result = async {
        client
            .sod_policies()
            .get_sod_all_report_run_status_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSodAllReportRunStatusV1", result.await);
    let result = async {
        let report_result_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sod_policies()
            .get_default_violation_report_v1(report_result_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getDefaultViolationReportV1", result.await);
    let result = async {
        let report_result_id = "ef38f94347e94562b5bb8424a56397d8";
        let file_name2 = "custom-name";
        client
            .sod_policies()
            .get_custom_violation_report_v1(report_result_id, file_name2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCustomViolationReportV1", result.await);
}

#[allow(deprecated)]
async fn sod_violations(client: &Client, failures: &mut Failures) {
    let result = async {
        let identitywithnewaccess = parse(
            r#"{"identityId":"2c91808568c529c60168cca6f90c1313","accessRefs":[{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c050861ab1"},{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c0509c1ab2"}]}"#,
        )?;
        client
            .sod_violations()
            .start_predict_sod_violations_v1(identitywithnewaccess)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startPredictSodViolationsV1", result.await);
    let result = async {
        let identitywithnewaccess = parse(
            r#"{"identityId":"2c91808568c529c60168cca6f90c1313","accessRefs":[{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c050861ab1"},{"type":"ENTITLEMENT","id":"2c918087682f9a86016839c0509c1ab2"}]}"#,
        )?;
        client
            .sod_violations()
            .start_violation_check_v1(identitywithnewaccess)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startViolationCheckV1", result.await);
    let result = async {
        client
            .sod_violations()
            .list_violations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listViolationsV1", result.await);
    let result = async {
        client
            .sod_violations()
            .list_my_violations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listMyViolationsV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        client
            .sod_violations()
            .get_violation_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getViolationV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        let appliedcontrolcreate = parse(
            r#"{"control":"3e07886555ed43cfb83c85c58d2016e6"}"#,
        )?;
        client
            .sod_violations()
            .start_apply_control_v1(id, appliedcontrolcreate)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startApplyControlV1", result.await);
    let result = async {
        let id = "3e078865-55ed-43cf-b83c-85c58d2016e6";
        let violationreassigninput = parse(
            r#"{"reassignTo":{"assigneeId":"3e07886555ed43cfb83c85c58d2016e6","assigneeType":"IDENTITY"}}"#,
        )?;
        client
            .sod_violations()
            .move_violation_v1(id, violationreassigninput)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "moveViolationV1", result.await);
}

#[allow(deprecated)]
async fn source_usages(client: &Client, failures: &mut Failures) {
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .source_usages()
            .get_status_by_source_id_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getStatusBySourceIdV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .source_usages()
            .get_usages_by_source_id_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getUsagesBySourceIdV1", result.await);
}

#[allow(deprecated)]
async fn sources(client: &Client, schema_client: &Client, failures: &mut Failures) {
    let result = async {
        client.sources().list_sources_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSourcesV1", result.await);
    let result = async {
        let source = parse(
            r#"{"name":"My Source","owner":{},"connector":"active-directory"}"#,
        )?;
        client.sources().create_source_v1(source).send().await.map(drop).map_err(reason)
    };
    record(failures, "createSourceV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.sources().get_source_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSourceV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let source = parse(
            r#"{"name":"My Source","owner":{},"connector":"active-directory"}"#,
        )?;
        client.sources().put_source_v1(id, source).send().await.map(drop).map_err(reason)
    };
    record(failures, "putSourceV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.sources().delete_source_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteSourceV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .list_provisioning_policies_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listProvisioningPoliciesV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let provisioningpolicydto = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .create_provisioning_policy_v1(source_id, provisioningpolicydto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createProvisioningPolicyV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        client
            .sources()
            .get_provisioning_policy_v1(source_id, usage_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProvisioningPolicyV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        let provisioningpolicydto = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .put_provisioning_policy_v1(source_id, usage_type, provisioningpolicydto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putProvisioningPolicyV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        client
            .sources()
            .delete_provisioning_policy_v1(source_id, usage_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteProvisioningPolicyV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let usage_type = parse(r#""CREATE""#)?;
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_provisioning_policy_v1(source_id, usage_type, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateProvisioningPolicyV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .list_provisioning_policies_v2(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listProvisioningPoliciesV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let provisioningpolicydtov2 = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .create_provisioning_policy_v2(source_id, provisioningpolicydtov2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createProvisioningPolicyV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        client
            .sources()
            .get_provisioning_policy_v2(source_id, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getProvisioningPolicyV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        let provisioningpolicydtov2 = parse(
            r#"{"name":"example provisioning policy for inactive identities"}"#,
        )?;
        client
            .sources()
            .put_provisioning_policy_v2(source_id, id, provisioningpolicydtov2)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putProvisioningPolicyV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        client
            .sources()
            .delete_provisioning_policy_v2(source_id, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteProvisioningPolicyV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let id = "f5dd23fe-3414-42b7-bb1c-869400ad7a10";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_provisioning_policy_v2(source_id, id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateProvisioningPolicyV2", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let provisioningpolicydto = parse(
            r#"[{"name":"example provisioning policy for inactive identities"}]"#,
        )?;
        client
            .sources()
            .update_provisioning_policies_in_bulk_v1(source_id, provisioningpolicydto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateProvisioningPoliciesInBulkV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_datasets_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceDatasetsV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let sourcedataset = parse(r#"{}"#)?;
        client
            .sources()
            .create_source_dataset_v1(source_id, sourcedataset)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        client
            .sources()
            .get_source_dataset_v1(source_id, dataset_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        let sourcedataset = parse(r#"{}"#)?;
        client
            .sources()
            .put_source_dataset_v1(source_id, dataset_id, sourcedataset)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        client
            .sources()
            .delete_source_dataset_v1(source_id, dataset_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_dataset_v1(source_id, dataset_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        client
            .sources()
            .import_source_dataset_v1(source_id, dataset_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSourceDatasetV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let dataset_id = "cmdb-servicenow:applications";
        client
            .sources()
            .delete_source_dataset_objects_v1(source_id, dataset_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceDatasetObjectsV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_resources_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceResourcesV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let sourcedatasetresource = parse(r#"{}"#)?;
        client
            .sources()
            .create_source_resource_v1(source_id, sourcedatasetresource)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceResourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_resource_mappings_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceResourceMappingsV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "account";
        client
            .sources()
            .get_source_resource_v1(source_id, resource_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceResourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "account";
        let sourcedatasetresource = parse(r#"{}"#)?;
        client
            .sources()
            .put_source_resource_v1(source_id, resource_id, sourcedatasetresource)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceResourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "account";
        client
            .sources()
            .delete_source_resource_v1(source_id, resource_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceResourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let resource_id = "account";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_resource_v1(source_id, resource_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceResourceV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_schemas_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSchemasV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema = parse(r#"{}"#)?;
        client
            .sources()
            .create_source_schema_v1(source_id, schema)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_schedules_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSchedulesV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schedule3 = parse(
            r#"{"type":"ACCOUNT_AGGREGATION","cronExpression":"0 0 5,13,21 * * ?"}"#,
        )?;
        client
            .sources()
            .create_source_schedule_v1(source_id, schedule3)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSourceScheduleV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schedule_type = parse(r#""ACCOUNT_AGGREGATION""#)?;
        client
            .sources()
            .get_source_schedule_v1(source_id, schedule_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceScheduleV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schedule_type = parse(r#""ACCOUNT_AGGREGATION""#)?;
        client
            .sources()
            .delete_source_schedule_v1(source_id, schedule_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceScheduleV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schedule_type = parse(r#""ACCOUNT_AGGREGATION""#)?;
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_schedule_v1(source_id, schedule_type, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceScheduleV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_schema_v1(source_id, schema_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        let schema = parse(r#"{}"#)?;
        client
            .sources()
            .put_source_schema_v1(source_id, schema_id, schema)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .delete_source_schema_v1(source_id, schema_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSourceSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let schema_id = "2c9180835d191a86015d28455b4a2329";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_source_schema_v1(source_id, schema_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_health_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceHealthV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_accounts_schema_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountsSchemaV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let import_accounts_schema_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_accounts_schema_v1(id, import_accounts_schema_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importAccountsSchemaV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_entitlements_schema_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEntitlementsSchemaV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let import_entitlements_schema_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_entitlements_schema_v1(id, import_entitlements_schema_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importEntitlementsSchemaV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let import_connector_file_v1_request = parse(r#"{"file":[]}"#)?;
        client
            .sources()
            .import_connector_file_v1(source_id, import_connector_file_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importConnectorFileV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_connections_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceConnectionsV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_correlation_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCorrelationConfigV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let sources_correlationconfig = parse(r#"{}"#)?;
        client
            .sources()
            .put_correlation_config_v1(id, sources_correlationconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putCorrelationConfigV1", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .list_password_policy_holders_on_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPasswordPolicyHoldersOnSourceV1", result.await);
    let result = async {
        let source_id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let passwordpolicyholdersdto = parse(r#"[{}]"#)?;
        client
            .sources()
            .update_password_policy_holders_v1(source_id, passwordpolicyholdersdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updatePasswordPolicyHoldersV1", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client
            .sources()
            .test_source_connection_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConnectionV1", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        let resourceobjectsrequest = parse(r#"{}"#)?;
        client
            .sources()
            .search_resource_objects_v1(source_id, resourceobjectsrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "searchResourceObjectsV1", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client
            .sources()
            .ping_cluster_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "pingClusterV1", result.await);
    let result = async {
        let source_id = "cef3ee201db947c5912551015ba0c679";
        client
            .sources()
            .test_source_configuration_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSourceConfigurationV1", result.await);
    let result = async {
        let id = "cef3ee201db947c5912551015ba0c679";
        client.sources().get_source_config_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getSourceConfigV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_native_change_detection_config_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getNativeChangeDetectionConfigV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        let nativechangedetectionconfig = parse(r#"{}"#)?;
        client
            .sources()
            .put_native_change_detection_config_v1(
                source_id,
                nativechangedetectionconfig,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putNativeChangeDetectionConfigV1", result.await);
    let result = async {
        let source_id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .delete_native_change_detection_config_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteNativeChangeDetectionConfigV1", result.await);
    let result = async {
        let id = "ebbf35756e1140699ce52b233121384a";
        client
            .sources()
            .delete_accounts_async_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteAccountsAsyncV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        schema_client
            .sources()
            .import_accounts_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importAccountsV1", result.await);
    let result = async {
        let id = "75dbec1ebe154d5785da27b95e1dd5d7";
        schema_client
            .sources()
            .import_uncorrelated_accounts_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importUncorrelatedAccountsV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client
            .sources()
            .get_source_attr_sync_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceAttrSyncConfigV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        let attrsyncsourceconfig = parse(
            r#"{"source":{},"attributes":[{"name":"email","displayName":"Email","enabled":true,"target":"mail"},{"name":"firstname","displayName":"First Name","enabled":false,"target":"givenName"}]}"#,
        )?;
        client
            .sources()
            .put_source_attr_sync_config_v1(id, attrsyncsourceconfig)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putSourceAttrSyncConfigV1", result.await);
    let result = async {
        let id = "string";
        client
            .sources()
            .sync_attributes_for_source_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "syncAttributesForSourceV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        client
            .sources()
            .get_source_entitlement_request_config_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSourceEntitlementRequestConfigV1", result.await);
    let result = async {
        let id = "8c190e6787aa4ed9a90bd9d5344523fb";
        let sourceentitlementrequestconfig = parse(r#"{}"#)?;
        client
            .sources()
            .update_source_entitlement_request_config_v1(
                id,
                sourceentitlementrequestconfig,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSourceEntitlementRequestConfigV1", result.await);
    let result = async {
        let source_id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sources()
            .import_entitlements_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importEntitlementsV1", result.await);
    let result = async {
        let source_id = "gt38f94347e94562b5bb8424a56498d8";
        client
            .sources()
            .get_machine_account_deletion_approval_config_by_source_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getMachineAccountDeletionApprovalConfigBySourceV1", result.await);
    let result = async {
        let source_id = "00eebcf881994e419d72e757fd30dc0e";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_machine_account_deletion_approval_config_v1(
                source_id,
                jsonpatchoperation,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateMachineAccountDeletionApprovalConfigV1", result.await);
    let result = async {
        let source_id = "ha38f94347e94562b5bb8424a56498d8";
        client
            .sources()
            .get_account_delete_approval_config_v1(source_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAccountDeleteApprovalConfigV1", result.await);
    let result = async {
        let source_id = "00eebcf881994e419d72e757fd30dc0e";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .sources()
            .update_account_deletion_approval_config_v1(source_id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAccountDeletionApprovalConfigV1", result.await);
}

#[allow(deprecated)]
async fn sp_config(client: &Client, failures: &mut Failures) {
    let result = async {
        let exportpayload = parse(r#"{}"#)?;
        client
            .sp_config()
            .export_sp_config_v1(exportpayload)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "exportSpConfigV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_export_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigExportStatusV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_export_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigExportV1", result.await);
    let result = async {
        let import_sp_config_v1_request = parse(r#"{"data":[]}"#)?;
        client
            .sp_config()
            .import_sp_config_v1(import_sp_config_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "importSpConfigV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_import_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigImportStatusV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .sp_config()
            .get_sp_config_import_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSpConfigImportV1", result.await);
    let result = async {
        client
            .sp_config()
            .list_sp_config_objects_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSpConfigObjectsV1", result.await);
}

#[allow(deprecated)]
async fn suggested_entitlement_description(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .suggested_entitlement_description()
            .get_auto_write_settings_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getAutoWriteSettingsV1", result.await);
    let result = async {
        let autowritesetting = parse(r#"{}"#)?;
        client
            .suggested_entitlement_description()
            .create_auto_write_settings_v1(autowritesetting)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createAutoWriteSettingsV1", result.await);
    let result = async {
        let autowritesettingpatch = parse(
            r#"[{"op":"replace","path":"/enabled","value":true}]"#,
        )?;
        client
            .suggested_entitlement_description()
            .update_auto_write_settings_v1(autowritesettingpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateAutoWriteSettingsV1", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .list_pending_entitlement_recommendation_approvals_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPendingEntitlementRecommendationApprovalsV1", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .list_privileged_entitlement_recommendations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listPrivilegedEntitlementRecommendationsV1", result.await);
    let result = async {
        let bulkapproveentitlementrecommendationrequest = parse(
            r#"{"items":[{"id":"79db50d4-723c-4aa0-a824-83c2205d82d1","recordType":"SED","description":"Provides access and permissions related to the Delinea Secret Server Cloud system."},{"id":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","recordType":"privilege","privilegeLevel":"high"}]}"#,
        )?;
        client
            .suggested_entitlement_description()
            .approve_bulk_entitlement_recommendations_v1(
                bulkapproveentitlementrecommendationrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveBulkEntitlementRecommendationsV1", result.await);
    let result = async {
        let entitlementrecommendationassignrequest = parse(
            r#"{"items":["79db50d4-723c-4aa0-a824-83c2205d82d1","a1b2c3d4-e5f6-7890-abcd-ef1234567890"],"assignee":{"type":"IDENTITY","value":"2c91808a7f3b2e8a017f3c3e5f6d0099"}}"#,
        )?;
        client
            .suggested_entitlement_description()
            .submit_entitlement_recommendations_assignment_v1(
                entitlementrecommendationassignrequest,
            )
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitEntitlementRecommendationsAssignmentV1", result.await);
    let result = async {
        let id = "79db50d4-723c-4aa0-a824-83c2205d82d1";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .suggested_entitlement_description()
            .patch_entitlement_recommendation_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchEntitlementRecommendationV1", result.await);
    let result = async {
        let batch_id = "8c190e67-87aa-4ed9-a90b-d9d5344523fb";
        client
            .suggested_entitlement_description()
            .get_sed_batch_stats_v1(batch_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSedBatchStatsV1", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .get_sed_batches_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getSedBatchesV1", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .submit_sed_batch_request_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedBatchRequestV1", result.await);
    let result = async {
        let sedapproval = parse(r#"[{}]"#)?;
        client
            .suggested_entitlement_description()
            .submit_sed_approval_v1(sedapproval)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedApprovalV1", result.await);
    let result = async {
        let sedassignment = parse(r#"{}"#)?;
        client
            .suggested_entitlement_description()
            .submit_sed_assignment_v1(sedassignment)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitSedAssignmentV1", result.await);
    let result = async {
        client
            .suggested_entitlement_description()
            .list_seds_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listSedsV1", result.await);
    let result = async {
        let sedpatch = parse(r#"[{}]"#)?;
        client
            .suggested_entitlement_description()
            .patch_sed_v1(sedpatch)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSedV1", result.await);
}

#[allow(deprecated)]
async fn tagged_objects(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .tagged_objects()
            .list_tagged_objects_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTaggedObjectsV1", result.await);
    let result = async {
        let taggedobject = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .set_tag_to_object_v1(taggedobject)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTagToObjectV1", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        client
            .tagged_objects()
            .list_tagged_objects_by_type_v1(r#type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTaggedObjectsByTypeV1", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .tagged_objects()
            .get_tagged_object_v1(r#type, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaggedObjectV1", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let taggedobject = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .put_tagged_object_v1(r#type, id, taggedobject)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putTaggedObjectV1", result.await);
    let result = async {
        let r#type = parse(r#""ROLE""#)?;
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .tagged_objects()
            .delete_tagged_object_v1(r#type, id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTaggedObjectV1", result.await);
    let result = async {
        let bulkaddtaggedobject = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .set_tags_to_many_objects_v1(bulkaddtaggedobject)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTagsToManyObjectsV1", result.await);
    let result = async {
        let bulkremovetaggedobject = parse(r#"{}"#)?;
        client
            .tagged_objects()
            .delete_tags_to_many_object_v1(bulkremovetaggedobject)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTagsToManyObjectV1", result.await);
}

#[allow(deprecated)]
async fn task_management(client: &Client, failures: &mut Failures) {
    let result = async {
        let id = "00eebcf881994e419d72e757fd30dc0e";
        client
            .task_management()
            .get_task_status_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaskStatusV1", result.await);
    let result = async {
        let id = "00eebcf881994e419d72e757fd30dc0e";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .task_management()
            .update_task_status_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateTaskStatusV1", result.await);
    let result = async {
        client
            .task_management()
            .get_task_status_list_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTaskStatusListV1", result.await);
}

#[allow(deprecated)]
async fn tenant(client: &Client, failures: &mut Failures) {
    let result = async {
        client.tenant().get_tenant_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getTenantV1", result.await);
}

#[allow(deprecated)]
async fn tenant_context(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .tenant_context()
            .get_tenant_context_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTenantContextV1", result.await);
    let result = async {
        let jsonpatchoperation = parse(r#"{"op":"replace","path":"/description"}"#)?;
        client
            .tenant_context()
            .patch_tenant_context_v1(jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchTenantContextV1", result.await);
}

#[allow(deprecated)]
async fn transforms(client: &Client, failures: &mut Failures) {
    let result = async {
        client.transforms().list_transforms_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTransformsV1", result.await);
    let result = async {
        let transforms_transform = parse(
            r#"{"name":"Timestamp To Date","type":"dateFormat","attributes":{"sourceName":"Workday","attributeName":"DEPARTMENT"}}"#,
        )?;
        client
            .transforms()
            .create_transform_v1(transforms_transform)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createTransformV1", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client.transforms().get_transform_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getTransformV1", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client
            .transforms()
            .update_transform_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateTransformV1", result.await);
    let result = async {
        let id = "2cd78adghjkja34jh2b1hkjhasuecd";
        client
            .transforms()
            .delete_transform_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteTransformV1", result.await);
}

#[allow(deprecated)]
async fn triggers(client: &Client, failures: &mut Failures) {
    let result = async {
        client.triggers().list_triggers_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTriggersV1", result.await);
    let result = async {
        client.triggers().list_subscriptions_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listSubscriptionsV1", result.await);
    let result = async {
        let subscriptionpostrequest = parse(
            r#"{"name":"Access request subscription","triggerId":"idn:access-requested","type":"HTTP"}"#,
        )?;
        client
            .triggers()
            .create_subscription_v1(subscriptionpostrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createSubscriptionV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let subscriptionputrequest = parse(r#"{}"#)?;
        client
            .triggers()
            .update_subscription_v1(id, subscriptionputrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "updateSubscriptionV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        client
            .triggers()
            .delete_subscription_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteSubscriptionV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let subscriptionpatchrequest = parse(
            r#"[{"op":"replace","path":"/description"}]"#,
        )?;
        client
            .triggers()
            .patch_subscription_v1(id, subscriptionpatchrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchSubscriptionV1", result.await);
    let result = async {
        let validatefilterinputdto = parse(
            r#"{"input":{"identityId":"201327fda1c44704ac01181e963d463c"},"filter":"$[?($.identityId == \"201327fda1c44704ac01181e963d463c\")]"}"#,
        )?;
        client
            .triggers()
            .test_subscription_filter_v1(validatefilterinputdto)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testSubscriptionFilterV1", result.await);
    let result = async {
        client
            .triggers()
            .list_trigger_invocation_status_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listTriggerInvocationStatusV1", result.await);
    let result = async {
        let id = "0f11f2a4-7c94-4bf3-a2bd-742580fe3bde";
        let completeinvocation = parse(
            r#"{"secret":"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde","output":{"approved":false}}"#,
        )?;
        client
            .triggers()
            .complete_trigger_invocation_v1(id, completeinvocation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "completeTriggerInvocationV1", result.await);
    let result = async {
        let testinvocation = parse(
            r#"{"triggerId":"idn:access-request-post-approval","contentJson":{"workflowId":1234}}"#,
        )?;
        client
            .triggers()
            .start_test_trigger_invocation_v1(testinvocation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startTestTriggerInvocationV1", result.await);
}

#[allow(deprecated)]
async fn ui_metadata(client: &Client, failures: &mut Failures) {
    let result = async {
        client
            .ui_metadata()
            .get_tenant_ui_metadata_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTenantUiMetadataV1", result.await);
    let result = async {
        let tenantuimetadataitemupdaterequest = parse(r#"{}"#)?;
        client
            .ui_metadata()
            .set_tenant_ui_metadata_v1(tenantuimetadataitemupdaterequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "setTenantUiMetadataV1", result.await);
}

#[allow(deprecated)]
async fn work_items(client: &Client, failures: &mut Failures) {
    let result = async {
        client.work_items().list_work_items_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listWorkItemsV1", result.await);
    let result = async {
        client
            .work_items()
            .get_completed_work_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCompletedWorkItemsV1", result.await);
    let result = async {
        client
            .work_items()
            .get_count_work_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCountWorkItemsV1", result.await);
    let result = async {
        client
            .work_items()
            .get_count_completed_work_items_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getCountCompletedWorkItemsV1", result.await);
    let result = async {
        client
            .work_items()
            .get_work_items_summary_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkItemsSummaryV1", result.await);
    let result = async {
        let id = "2c9180835d191a86015d28455b4a2329";
        client.work_items().get_work_item_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getWorkItemV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .work_items()
            .complete_work_item_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "completeWorkItemV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let approval_item_id = "1211bcaa32112bcef6122adb21cef1ac";
        client
            .work_items()
            .approve_approval_item_v1(id, approval_item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveApprovalItemV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let approval_item_id = "1211bcaa32112bcef6122adb21cef1ac";
        client
            .work_items()
            .reject_approval_item_v1(id, approval_item_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectApprovalItemV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .work_items()
            .approve_approval_items_in_bulk_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "approveApprovalItemsInBulkV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        client
            .work_items()
            .reject_approval_items_in_bulk_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "rejectApprovalItemsInBulkV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let body = parse(r#"{}"#)?;
        client
            .work_items()
            .submit_account_selection_v1(id, body)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "submitAccountSelectionV1", result.await);
    let result = async {
        let id = "ef38f94347e94562b5bb8424a56397d8";
        let workitemforward = parse(
            r#"{"targetOwnerId":"2c9180835d2e5168015d32f890ca1581","comment":"I'm going on vacation."}"#,
        )?;
        client
            .work_items()
            .forward_work_item_v1(id, workitemforward)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "forwardWorkItemV1", result.await);
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
            .get_reassignment_config_types_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReassignmentConfigTypesV1", result.await);
    let result = async {
        client
            .work_reassignment()
            .list_reassignment_configurations_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listReassignmentConfigurationsV1", result.await);
    let result = async {
        let configurationitemrequest = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .create_reassignment_configuration_v1(configurationitemrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createReassignmentConfigurationV1", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504f";
        client
            .work_reassignment()
            .get_reassignment_configuration_v1(identity_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getReassignmentConfigurationV1", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let configurationitemrequest = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .put_reassignment_config_v1(identity_id, configurationitemrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putReassignmentConfigV1", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let config_type = parse(r#""ACCESS_REQUESTS""#)?;
        client
            .work_reassignment()
            .delete_reassignment_configuration_v1(identity_id, config_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteReassignmentConfigurationV1", result.await);
    let result = async {
        let identity_id = "2c91808781a71ddb0181b9090b5c504e";
        let config_type = parse(r#""ACCESS_REQUESTS""#)?;
        schema_client
            .work_reassignment()
            .get_evaluate_reassignment_configuration_v1(identity_id, config_type)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getEvaluateReassignmentConfigurationV1", result.await);
    let result = async {
        client
            .work_reassignment()
            .get_tenant_config_configuration_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getTenantConfigConfigurationV1", result.await);
    let result = async {
        let tenantconfigurationrequest = parse(r#"{}"#)?;
        client
            .work_reassignment()
            .put_tenant_configuration_v1(tenantconfigurationrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putTenantConfigurationV1", result.await);
}

#[allow(deprecated)]
async fn workflows(client: &Client, failures: &mut Failures) {
    let result = async {
        client.workflows().list_workflows_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listWorkflowsV1", result.await);
    let result = async {
        let workflowbody = parse(r#"{}"#)?;
        client
            .workflows()
            .create_workflow_v1(workflowbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client.workflows().get_workflow_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let workflowbody = parse(r#"{}"#)?;
        client
            .workflows()
            .put_workflow_v1(id, workflowbody)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client.workflows().delete_workflow_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let jsonpatchoperation = parse(r#"[{"op":"replace","path":"/description"}]"#)?;
        client
            .workflows()
            .patch_workflow_v1(id, jsonpatchoperation)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "patchWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        let test_workflow_v1_request = parse(r#"{"input":{}}"#)?;
        client
            .workflows()
            .test_workflow_v1(id, test_workflow_v1_request)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_executions_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutionsV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_execution_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutionV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_execution_history_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutionHistoryV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .get_workflow_execution_history_v2_for_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getWorkflowExecutionHistoryV2ForV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .cancel_workflow_execution_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "cancelWorkflowExecutionV1", result.await);
    let result = async {
        client
            .workflows()
            .list_complete_workflow_library_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listCompleteWorkflowLibraryV1", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_actions_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryActionsV1", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_triggers_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryTriggersV1", result.await);
    let result = async {
        client
            .workflows()
            .list_workflow_library_operators_v1()
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "listWorkflowLibraryOperatorsV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .create_workflow_external_trigger_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createWorkflowExternalTriggerV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .create_external_execute_workflow_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createExternalExecuteWorkflowV1", result.await);
    let result = async {
        let id = "c17bea3a-574d-453c-9e04-4365fbf5af0b";
        client
            .workflows()
            .test_external_execute_workflow_v1(id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "testExternalExecuteWorkflowV1", result.await);
}

#[allow(deprecated)]
async fn launchers(client: &Client, failures: &mut Failures) {
    let result = async {
        client.launchers().get_launchers_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "getLaunchersV1", result.await);
    let result = async {
        let launcherrequest = parse(
            r#"{"name":"Group Create","description":"Create a new Active Directory Group","type":"INTERACTIVE_PROCESS","disabled":false,"config":"{}"}"#,
        )?;
        client
            .launchers()
            .create_launcher_v1(launcherrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "createLauncherV1", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .get_launcher_v1(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "getLauncherV1", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        let launcherrequest = parse(
            r#"{"name":"Group Create","description":"Create a new Active Directory Group","type":"INTERACTIVE_PROCESS","disabled":false,"config":"{}"}"#,
        )?;
        client
            .launchers()
            .put_launcher_v1(launcher_id, launcherrequest)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "putLauncherV1", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .delete_launcher_v1(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "deleteLauncherV1", result.await);
    let result = async {
        let launcher_id = "e3012408-8b61-4564-ad41-c5ec131c325b";
        client
            .launchers()
            .start_launcher_v1(launcher_id)
            .send()
            .await
            .map(drop)
            .map_err(reason)
    };
    record(failures, "startLauncherV1", result.await);
}

#[allow(deprecated)]
async fn tags(client: &Client, failures: &mut Failures) {
    let result = async {
        client.tags().list_tags_v1().send().await.map(drop).map_err(reason)
    };
    record(failures, "listTagsV1", result.await);
    let result = async {
        let tag2 = parse(r#"{"name":"PCI"}"#)?;
        client.tags().create_tag_v1(tag2).send().await.map(drop).map_err(reason)
    };
    record(failures, "createTagV1", result.await);
    let result = async {
        let id = "329d96cf-3bdb-40a9-988a-b5037ab89022";
        client.tags().get_tag_by_id_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "getTagByIdV1", result.await);
    let result = async {
        let id = "329d96cf-3bdb-40a9-988a-b5037ab89022";
        client.tags().delete_tag_by_id_v1(id).send().await.map(drop).map_err(reason)
    };
    record(failures, "deleteTagByIdV1", result.await);
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
        SdkError::Other(sailpoint::Error::Http { source, .. }) => {
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
