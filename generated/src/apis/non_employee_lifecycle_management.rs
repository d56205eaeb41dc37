//! Use this API to implement non-employee lifecycle management functionality.
//! With this functionality in place, administrators can create non-employee records and configure them for use in their organizations.
//! This allows organizations to provide secure access to non-employees and control that access.
//!
//! The 'non-employee' term refers to any consultant, contractor, intern, or other user in an organization who is not a full-time permanent employee.
//! Organizations can track non-employees' access and activity in Identity Security Cloud by creating and maintaining non-employee sources.
//! Organizations can have a maximum of 50 non-employee sources.
//!
//! By using SailPoint's Non-Employee Lifecycle Management functionality, you agree to the following:
//!
//! - SailPoint is not responsible for storing sensitive data.
//!   You may only add account attributes to non-employee identities that are necessary for business operations and are consistent with your contractual limitations on data that may be sent or stored in Identity Security Cloud.
//!
//! - You are responsible for regularly downloading your list of non-employee accounts for all the sources you create and storing this list of accounts in a managed location to maintain an authoritative system of record and backup data for these accounts.
//!
//! To manage non-employees in Identity Security Cloud, administrators must create a non-employee source and add accounts to the source.
//!
//! To create a non-employee source in Identity Security Cloud, administrators must use the Admin panel to go to Connections > Sources.
//! They must then specify 'Non-Employee' in the 'Source Type' field.
//! Refer to [Creating a Non-Employee Source](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html#creating-a-non-employee-source) for more details about how to create non-employee sources.
//!
//! To add accounts to a non-employee source in Identity Security Cloud, administrators can select the non-employee source and add the accounts.
//! They can also use the 'Manage Non-Employees' widget on their user dashboards to reach the list of sources and then select the non-employee source they want to add the accounts to.
//!
//! Administrators can either add accounts individually or in bulk. Each non-employee source can have a maximum of 20,000 accounts.
//! To add accounts in bulk, they must select the 'Bulk Upload' option and upload a CSV file.
//! Refer to [Adding Accounts](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html#adding-accounts) for more details about how to add accounts to non-employee sources.
//!
//! Once administrators have created the non-employee source and added accounts to it, they can create identity profiles to generate identities for the non-employee accounts and manage the non-employee identities the same way they would any other identities.
//!
//! Refer to [Managing Non-Employee Sources and Accounts](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html) for more information about non-employee lifecycle management.

use crate::models;

/// The Non-Employee Lifecycle Management operations: get them from [`Client::non_employee_lifecycle_management`](crate::Client::non_employee_lifecycle_management).
#[derive(Debug, Clone, Copy)]
pub struct NonEmployeeLifecycleManagementApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Non-Employee Lifecycle Management operations.
    pub fn non_employee_lifecycle_management(
        &self,
    ) -> NonEmployeeLifecycleManagementApi<'_> {
        NonEmployeeLifecycleManagementApi {
            client: self,
        }
    }
}

impl<'a> NonEmployeeLifecycleManagementApi<'a> {
    /// List non-employee records
    ///
    /// This gets a list of non-employee records.
    ///
    /// `GET /non-employee-records` (`listNonEmployeeRecords`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_non_employee_records(&self) -> ListNonEmployeeRecords<'a> {
        ListNonEmployeeRecords {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }

    /// Create non-employee record
    ///
    /// This request will create a non-employee record.
    /// Request will require the following security scope:
    /// 'idn:nesr:create'
    ///
    /// `POST /non-employee-records` (`createNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn create_non_employee_record(
        &self,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRecord<'a> {
        CreateNonEmployeeRecord {
            client: self.client,
            non_employee_request_body,
        }
    }

    /// Get a non-employee record
    ///
    /// This gets a non-employee record.
    ///
    /// `GET /non-employee-records/{id}` (`getNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRecord<'a> {
        GetNonEmployeeRecord {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update non-employee record
    ///
    /// This request will update a non-employee record.
    ///
    /// `PUT /non-employee-records/{id}` (`putNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn put_non_employee_record(
        &self,
        id: impl Into<String>,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> PutNonEmployeeRecord<'a> {
        PutNonEmployeeRecord {
            client: self.client,
            id: id.into(),
            non_employee_request_body,
        }
    }

    /// Delete non-employee record
    ///
    /// This request will delete a non-employee record.
    ///
    /// `DELETE /non-employee-records/{id}` (`deleteNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRecord<'a> {
        DeleteNonEmployeeRecord {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch non-employee record
    ///
    /// This request will patch a non-employee record.
    ///
    /// `PATCH /non-employee-records/{id}` (`patchNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn patch_non_employee_record(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeRecord<'a> {
        PatchNonEmployeeRecord {
            client: self.client,
            id: id.into(),
            json_patch_operation,
        }
    }

    /// Delete multiple non-employee records
    ///
    /// This request will delete multiple non-employee records based on the non-employee ids provided.
    /// Request will require the following scope:
    /// 'idn:nesr:delete'
    ///
    /// `POST /non-employee-records/bulk-delete` (`deleteNonEmployeeRecordInBulk`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_record_in_bulk(
        &self,
        delete_non_employee_record_in_bulk_request: models::DeleteNonEmployeeRecordInBulkRequest,
    ) -> DeleteNonEmployeeRecordInBulk<'a> {
        DeleteNonEmployeeRecordInBulk {
            client: self.client,
            delete_non_employee_record_in_bulk_request,
        }
    }

    /// List non-employee requests
    ///
    /// This gets a list of non-employee requests.
    ///
    /// `GET /non-employee-requests` (`listNonEmployeeRequests`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_non_employee_requests(
        &self,
        requested_for: impl Into<String>,
    ) -> ListNonEmployeeRequests<'a> {
        ListNonEmployeeRequests {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            requested_for: requested_for.into(),
            sorters: None,
            filters: None,
        }
    }

    /// Create non-employee request
    ///
    /// This request will create a non-employee request and notify the approver
    ///
    /// `POST /non-employee-requests` (`createNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn create_non_employee_request(
        &self,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRequest<'a> {
        CreateNonEmployeeRequest {
            client: self.client,
            non_employee_request_body,
        }
    }

    /// Get a non-employee request
    ///
    /// This gets a non-employee request.
    ///
    /// `GET /non-employee-requests/{id}` (`getNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_request(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRequest<'a> {
        GetNonEmployeeRequest {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete non-employee request
    ///
    /// This request will delete a non-employee request.
    ///
    /// `DELETE /non-employee-requests/{id}` (`deleteNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_request(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRequest<'a> {
        DeleteNonEmployeeRequest {
            client: self.client,
            id: id.into(),
        }
    }

    /// Get summary of non-employee requests
    ///
    /// This request will retrieve a summary of non-employee requests. There are two contextual uses for the `requested-for` path parameter: 1. The current user is the Org Admin, in which case he or she may request a summary of all non-employee approval requests assigned to a particular account manager by passing in that manager's id. 2. The current user is an account manager, in which case "me" should be provided as the `requested-for` value. This will provide the user with a summary of the non-employee requests in the source(s) he or she manages.
    ///
    /// `GET /non-employee-requests/summary/{requested-for}` (`getNonEmployeeRequestSummary`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_request_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeRequestSummary<'a> {
        GetNonEmployeeRequestSummary {
            client: self.client,
            requested_for: requested_for.into(),
        }
    }

    /// List non-employee sources
    ///
    /// Get a list of non-employee sources. There are two contextual uses for the `requested-for` path parameter:
    ///   1. If the user has the role context of `idn:nesr:read`, he or she may request a list sources assigned to a particular account manager by passing in that manager's `id`.
    ///   2. If the current user is an account manager, the user should provide 'me' as the `requested-for` value. Doing so provide the user with a list of the sources he or she owns.
    ///
    /// `GET /non-employee-sources` (`listNonEmployeeSources`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_non_employee_sources(&self) -> ListNonEmployeeSources<'a> {
        ListNonEmployeeSources {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            requested_for: None,
            non_employee_count: None,
            sorters: None,
        }
    }

    /// Create non-employee source
    ///
    /// Create a non-employee source.
    ///
    /// `POST /non-employee-sources` (`createNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn create_non_employee_source(
        &self,
        non_employee_source_request_body: models::NonEmployeeSourceRequestBody,
    ) -> CreateNonEmployeeSource<'a> {
        CreateNonEmployeeSource {
            client: self.client,
            non_employee_source_request_body,
        }
    }

    /// Get a non-employee source
    ///
    /// This gets a non-employee source.
    ///
    /// `GET /non-employee-sources/{sourceId}` (`getNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSource<'a> {
        GetNonEmployeeSource {
            client: self.client,
            source_id: source_id.into(),
        }
    }

    /// Delete non-employee source
    ///
    /// This request will delete a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}` (`deleteNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSource<'a> {
        DeleteNonEmployeeSource {
            client: self.client,
            source_id: source_id.into(),
        }
    }

    /// Patch a non-employee source
    ///
    /// patch a non-employee source. (Partial Update)  Patchable field: **name, description, approvers, accountManagers**
    ///
    /// `PATCH /non-employee-sources/{sourceId}` (`patchNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn patch_non_employee_source(
        &self,
        source_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSource<'a> {
        PatchNonEmployeeSource {
            client: self.client,
            source_id: source_id.into(),
            json_patch_operation,
        }
    }

    /// Exports non-employee records to csv
    ///
    /// This requests a CSV download for all non-employees from a provided source.
    ///
    /// `GET /non-employee-sources/{id}/non-employees/download` (`getNonEmployeeExportRecords`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_export_records(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportRecords<'a> {
        GetNonEmployeeExportRecords {
            client: self.client,
            id: id.into(),
        }
    }

    /// Imports, or updates, non-employee records
    ///
    /// This post will import, or update, Non-Employee records found in the CSV.
    /// Request will need the following security scope:
    /// 'idn:nesr:create'
    ///
    /// `POST /non-employee-sources/{id}/non-employee-bulk-upload` (`importNonEmployeeRecordsInBulk`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn import_non_employee_records_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ImportNonEmployeeRecordsInBulk<'a> {
        ImportNonEmployeeRecordsInBulk {
            client: self.client,
            id: id.into(),
            import_non_employee_records_in_bulk_request: None,
        }
    }

    /// Bulk upload status on source
    ///
    /// The nonEmployeeBulkUploadStatus API returns the status of the newest bulk upload job for the specified source.
    ///
    /// `GET /non-employee-sources/{id}/non-employee-bulk-upload/status` (`getNonEmployeeBulkUploadStatus`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_bulk_upload_status(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeBulkUploadStatus<'a> {
        GetNonEmployeeBulkUploadStatus {
            client: self.client,
            id: id.into(),
        }
    }

    /// Exports source schema template
    ///
    /// This requests a download for the Source Schema Template for a provided source.
    /// Request will require the following security scope:
    /// idn:nesr:read'
    ///
    /// `GET /non-employee-sources/{id}/schema-attributes-template/download` (`getNonEmployeeExportSourceSchemaTemplate`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_export_source_schema_template(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportSourceSchemaTemplate<'a> {
        GetNonEmployeeExportSourceSchemaTemplate {
            client: self.client,
            id: id.into(),
        }
    }

    /// List of non-employee approval requests
    ///
    /// This gets a list of non-employee approval requests.
    ///
    /// `GET /non-employee-approvals` (`listNonEmployeeApproval`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_non_employee_approval(&self) -> ListNonEmployeeApproval<'a> {
        ListNonEmployeeApproval {
            client: self.client,
            requested_for: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// A non-employee approval item detail
    ///
    /// Approves a non-employee approval request and notifies the next approver.
    ///
    /// `GET /non-employee-approvals/{id}` (`getNonEmployeeApproval`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_approval(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeApproval<'a> {
        GetNonEmployeeApproval {
            client: self.client,
            id: id.into(),
            include_detail: None,
        }
    }

    /// Approve a non-employee request
    ///
    /// Approves a non-employee approval request and notifies the next approver.
    ///
    /// `POST /non-employee-approvals/{id}/approve` (`approveNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn approve_non_employee_request(
        &self,
        id: impl Into<String>,
        non_employee_approval_decision: models::NonEmployeeApprovalDecision,
    ) -> ApproveNonEmployeeRequest<'a> {
        ApproveNonEmployeeRequest {
            client: self.client,
            id: id.into(),
            non_employee_approval_decision,
        }
    }

    /// Reject a non-employee request
    ///
    /// This endpoint will reject an approval item request and notify user.
    ///
    /// `POST /non-employee-approvals/{id}/reject` (`rejectNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn reject_non_employee_request(
        &self,
        id: impl Into<String>,
        non_employee_reject_approval_decision: models::NonEmployeeRejectApprovalDecision,
    ) -> RejectNonEmployeeRequest<'a> {
        RejectNonEmployeeRequest {
            client: self.client,
            id: id.into(),
            non_employee_reject_approval_decision,
        }
    }

    /// Summary of non-employee approval requests
    ///
    /// This request will retrieve a summary of non-employee approval requests. There are two contextual uses for the `requested-for` path parameter: 1. The current user is the Org Admin, in which case he or she may request a summary of all non-employee approval requests assigned to a particular approver by passing in that approver's id. 2. The current user is an approver, in which case "me" should be provided as the `requested-for` value. This will provide the approver with a summary of the approval items assigned to him or her.
    ///
    /// `GET /non-employee-approvals/summary/{requested-for}` (`getNonEmployeeApprovalSummary`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_approval_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeApprovalSummary<'a> {
        GetNonEmployeeApprovalSummary {
            client: self.client,
            requested_for: requested_for.into(),
        }
    }

    /// List schema attributes non-employee source
    ///
    /// This API gets the list of schema attributes for the specified Non-Employee SourceId. There are 8
    /// mandatory attributes added to each new Non-Employee Source automatically. Additionaly, user can
    /// add up to 10 custom attributes. This interface returns all the mandatory attributes followed by
    /// any custom attributes. At most, a total of 18 attributes will be returned.
    ///
    /// `GET /non-employee-sources/{sourceId}/schema-attributes` (`getNonEmployeeSourceSchemaAttributes`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSourceSchemaAttributes<'a> {
        GetNonEmployeeSourceSchemaAttributes {
            client: self.client,
            source_id: source_id.into(),
            limit: None,
            offset: None,
        }
    }

    /// Create non-employee source schema attribute
    ///
    /// This API creates a new schema attribute for Non-Employee Source. The schema technical name must be unique in the source. Attempts to create a schema attribute with an existing name will result in a "400.1.409 Reference conflict" response. At most, 10 custom attributes can be created per schema. Attempts to create more than 10 will result in a "400.1.4 Limit violation" response.
    ///
    /// `POST /non-employee-sources/{sourceId}/schema-attributes` (`createNonEmployeeSourceSchemaAttributes`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn create_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
        non_employee_schema_attribute_body: models::NonEmployeeSchemaAttributeBody,
    ) -> CreateNonEmployeeSourceSchemaAttributes<'a> {
        CreateNonEmployeeSourceSchemaAttributes {
            client: self.client,
            source_id: source_id.into(),
            non_employee_schema_attribute_body,
        }
    }

    /// Delete all custom schema attributes
    ///
    /// This end-point deletes all custom schema attributes for a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}/schema-attributes` (`deleteNonEmployeeSourceSchemaAttributes`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSourceSchemaAttributes<'a> {
        DeleteNonEmployeeSourceSchemaAttributes {
            client: self.client,
            source_id: source_id.into(),
        }
    }

    /// Get schema attribute non-employee source
    ///
    /// This API gets a schema attribute by Id for the specified Non-Employee SourceId.
    ///
    /// `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (`getNonEmployeeSchemaAttribute`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> GetNonEmployeeSchemaAttribute<'a> {
        GetNonEmployeeSchemaAttribute {
            client: self.client,
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
        }
    }

    /// Delete non-employee source's schema attribute
    ///
    /// This end-point deletes a specific schema attribute for a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (`deleteNonEmployeeSchemaAttribute`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn delete_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> DeleteNonEmployeeSchemaAttribute<'a> {
        DeleteNonEmployeeSchemaAttribute {
            client: self.client,
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
        }
    }

    /// Patch non-employee source's schema attribute
    ///
    /// This end-point patches a specific schema attribute for a non-employee SourceId.
    ///
    /// `PATCH /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (`patchNonEmployeeSchemaAttribute`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn patch_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSchemaAttribute<'a> {
        PatchNonEmployeeSchemaAttribute {
            client: self.client,
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
            json_patch_operation,
        }
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_records`](NonEmployeeLifecycleManagementApi::list_non_employee_records): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRecords<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListNonEmployeeRecords<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, accountName, sourceId, manager, firstName, lastName, email, phone, startDate, endDate, created, modified**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /non-employee-records`.
    pub async fn send(self) -> Result<Vec<models::NonEmployeeRecord>, crate::Error> {
        let path = "/non-employee-records";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listNonEmployeeRecords", request).await?;
        crate::request::json("listNonEmployeeRecords", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_record`](NonEmployeeLifecycleManagementApi::create_non_employee_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRecord<'a> {
    client: &'a crate::Client,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl CreateNonEmployeeRecord<'_> {
    /// Sends the request: `POST /non-employee-records`.
    pub async fn send(self) -> Result<models::NonEmployeeRecord, crate::Error> {
        let path = "/non-employee-records";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_request_body;
            request = crate::request::with_json(
                "createNonEmployeeRecord",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createNonEmployeeRecord", request).await?;
        crate::request::json("createNonEmployeeRecord", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_record`](NonEmployeeLifecycleManagementApi::get_non_employee_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRecord<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNonEmployeeRecord<'_> {
    /// Sends the request: `GET /non-employee-records/{id}`.
    pub async fn send(self) -> Result<models::NonEmployeeRecord, crate::Error> {
        let path = ["/non-employee-records/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getNonEmployeeRecord", request).await?;
        crate::request::json("getNonEmployeeRecord", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::put_non_employee_record`](NonEmployeeLifecycleManagementApi::put_non_employee_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutNonEmployeeRecord<'a> {
    client: &'a crate::Client,
    id: String,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl PutNonEmployeeRecord<'_> {
    /// Sends the request: `PUT /non-employee-records/{id}`.
    pub async fn send(self) -> Result<models::NonEmployeeRecord, crate::Error> {
        let path = ["/non-employee-records/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_request_body;
            request = crate::request::with_json(
                "putNonEmployeeRecord",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putNonEmployeeRecord", request).await?;
        crate::request::json("putNonEmployeeRecord", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record`](NonEmployeeLifecycleManagementApi::delete_non_employee_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecord<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteNonEmployeeRecord<'_> {
    /// Sends the request: `DELETE /non-employee-records/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/non-employee-records/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteNonEmployeeRecord", request).await?;
        crate::request::empty("deleteNonEmployeeRecord", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record`](NonEmployeeLifecycleManagementApi::patch_non_employee_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeRecord<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeRecord<'_> {
    /// Sends the request: `PATCH /non-employee-records/{id}`.
    pub async fn send(self) -> Result<models::NonEmployeeRecord, crate::Error> {
        let path = ["/non-employee-records/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchNonEmployeeRecord",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchNonEmployeeRecord", request).await?;
        crate::request::json("patchNonEmployeeRecord", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk`](NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecordInBulk<'a> {
    client: &'a crate::Client,
    delete_non_employee_record_in_bulk_request: models::DeleteNonEmployeeRecordInBulkRequest,
}

impl DeleteNonEmployeeRecordInBulk<'_> {
    /// Sends the request: `POST /non-employee-records/bulk-delete`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/non-employee-records/bulk-delete";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.delete_non_employee_record_in_bulk_request;
            request = crate::request::with_json(
                "deleteNonEmployeeRecordInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("deleteNonEmployeeRecordInBulk", request)
            .await?;
        crate::request::empty("deleteNonEmployeeRecordInBulk", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests`](NonEmployeeLifecycleManagementApi::list_non_employee_requests): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRequests<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: String,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListNonEmployeeRequests<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, approvalStatus, firstName, lastName, email, phone, accountName, startDate, endDate**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /non-employee-requests`.
    pub async fn send(self) -> Result<Vec<models::NonEmployeeRequest>, crate::Error> {
        let path = "/non-employee-requests";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        {
            let value = &self.requested_for;
            query.push(("requested-for", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listNonEmployeeRequests", request).await?;
        crate::request::json("listNonEmployeeRequests", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_request`](NonEmployeeLifecycleManagementApi::create_non_employee_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRequest<'a> {
    client: &'a crate::Client,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl CreateNonEmployeeRequest<'_> {
    /// Sends the request: `POST /non-employee-requests`.
    pub async fn send(self) -> Result<models::NonEmployeeRequest, crate::Error> {
        let path = "/non-employee-requests";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_request_body;
            request = crate::request::with_json(
                "createNonEmployeeRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createNonEmployeeRequest", request).await?;
        crate::request::json("createNonEmployeeRequest", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request`](NonEmployeeLifecycleManagementApi::get_non_employee_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequest<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNonEmployeeRequest<'_> {
    /// Sends the request: `GET /non-employee-requests/{id}`.
    pub async fn send(self) -> Result<models::NonEmployeeRequest, crate::Error> {
        let path = ["/non-employee-requests/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getNonEmployeeRequest", request).await?;
        crate::request::json("getNonEmployeeRequest", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request`](NonEmployeeLifecycleManagementApi::delete_non_employee_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRequest<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteNonEmployeeRequest<'_> {
    /// Sends the request: `DELETE /non-employee-requests/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/non-employee-requests/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteNonEmployeeRequest", request).await?;
        crate::request::empty("deleteNonEmployeeRequest", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_request_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequestSummary<'a> {
    client: &'a crate::Client,
    requested_for: String,
}

impl GetNonEmployeeRequestSummary<'_> {
    /// Sends the request: `GET /non-employee-requests/summary/{requested-for}`.
    pub async fn send(self) -> Result<models::NonEmployeeRequestSummary, crate::Error> {
        let path = [
            "/non-employee-requests/summary/",
            &crate::request::path_segment(&self.requested_for),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNonEmployeeRequestSummary", request)
            .await?;
        crate::request::json("getNonEmployeeRequestSummary", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources`](NonEmployeeLifecycleManagementApi::list_non_employee_sources): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeSources<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: Option<String>,
    non_employee_count: Option<bool>,
    sorters: Option<String>,
}

impl ListNonEmployeeSources<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Identity the request was made for. Use 'me' to indicate the current user.
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Flag that determines whether the API will return a non-employee count associated with the source.
    ///
    /// The server's default: `false`.
    pub fn non_employee_count(mut self, non_employee_count: bool) -> Self {
        self.non_employee_count = Some(non_employee_count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created, sourceId**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /non-employee-sources`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::NonEmployeeSourceWithNeCount>, crate::Error> {
        let path = "/non-employee-sources";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.requested_for {
            query.push(("requested-for", value.clone()));
        }
        if let Some(value) = &self.non_employee_count {
            query.push(("non-employee-count", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listNonEmployeeSources", request).await?;
        crate::request::json("listNonEmployeeSources", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source`](NonEmployeeLifecycleManagementApi::create_non_employee_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSource<'a> {
    client: &'a crate::Client,
    non_employee_source_request_body: models::NonEmployeeSourceRequestBody,
}

impl CreateNonEmployeeSource<'_> {
    /// Sends the request: `POST /non-employee-sources`.
    pub async fn send(
        self,
    ) -> Result<models::NonEmployeeSourceWithCloudExternalId, crate::Error> {
        let path = "/non-employee-sources";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_source_request_body;
            request = crate::request::with_json(
                "createNonEmployeeSource",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createNonEmployeeSource", request).await?;
        crate::request::json("createNonEmployeeSource", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source`](NonEmployeeLifecycleManagementApi::get_non_employee_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSource<'a> {
    client: &'a crate::Client,
    source_id: String,
}

impl GetNonEmployeeSource<'_> {
    /// Sends the request: `GET /non-employee-sources/{sourceId}`.
    pub async fn send(self) -> Result<models::NonEmployeeSource, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getNonEmployeeSource", request).await?;
        crate::request::json("getNonEmployeeSource", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source`](NonEmployeeLifecycleManagementApi::delete_non_employee_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSource<'a> {
    client: &'a crate::Client,
    source_id: String,
}

impl DeleteNonEmployeeSource<'_> {
    /// Sends the request: `DELETE /non-employee-sources/{sourceId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteNonEmployeeSource", request).await?;
        crate::request::empty("deleteNonEmployeeSource", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source`](NonEmployeeLifecycleManagementApi::patch_non_employee_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSource<'a> {
    client: &'a crate::Client,
    source_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeSource<'_> {
    /// Sends the request: `PATCH /non-employee-sources/{sourceId}`.
    pub async fn send(self) -> Result<models::NonEmployeeSource, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchNonEmployeeSource",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchNonEmployeeSource", request).await?;
        crate::request::json("patchNonEmployeeSource", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_records`](NonEmployeeLifecycleManagementApi::get_non_employee_export_records): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeExportRecords<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNonEmployeeExportRecords<'_> {
    /// Sends the request: `GET /non-employee-sources/{id}/non-employees/download`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.id),
            "/non-employees/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "text/csv");
        let response = self
            .client
            .execute("getNonEmployeeExportRecords", request)
            .await?;
        crate::request::bytes("getNonEmployeeExportRecords", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk`](NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportNonEmployeeRecordsInBulk<'a> {
    client: &'a crate::Client,
    id: String,
    import_non_employee_records_in_bulk_request: Option<
        models::ImportNonEmployeeRecordsInBulkRequest,
    >,
}

impl ImportNonEmployeeRecordsInBulk<'_> {
    /// The request body.
    pub fn import_non_employee_records_in_bulk_request(
        mut self,
        import_non_employee_records_in_bulk_request: models::ImportNonEmployeeRecordsInBulkRequest,
    ) -> Self {
        self.import_non_employee_records_in_bulk_request = Some(
            import_non_employee_records_in_bulk_request,
        );
        self
    }

    /// Sends the request: `POST /non-employee-sources/{id}/non-employee-bulk-upload`.
    pub async fn send(self) -> Result<models::NonEmployeeBulkUploadJob, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.id),
            "/non-employee-bulk-upload",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.import_non_employee_records_in_bulk_request {
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    {
                        let part = value.data;
                        form = form
                            .part(
                                "data",
                                reqwest::multipart::Part::bytes(part).file_name("data"),
                            );
                    }
                    form
                });
        }
        let response = self
            .client
            .execute("importNonEmployeeRecordsInBulk", request)
            .await?;
        crate::request::json("importNonEmployeeRecordsInBulk", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status`](NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeBulkUploadStatus<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNonEmployeeBulkUploadStatus<'_> {
    /// Sends the request: `GET /non-employee-sources/{id}/non-employee-bulk-upload/status`.
    pub async fn send(
        self,
    ) -> Result<models::NonEmployeeBulkUploadStatus, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.id),
            "/non-employee-bulk-upload/status",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNonEmployeeBulkUploadStatus", request)
            .await?;
        crate::request::json("getNonEmployeeBulkUploadStatus", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template`](NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeExportSourceSchemaTemplate<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNonEmployeeExportSourceSchemaTemplate<'_> {
    /// Sends the request: `GET /non-employee-sources/{id}/schema-attributes-template/download`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.id),
            "/schema-attributes-template/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "text/csv");
        let response = self
            .client
            .execute("getNonEmployeeExportSourceSchemaTemplate", request)
            .await?;
        crate::request::bytes("getNonEmployeeExportSourceSchemaTemplate", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_approval`](NonEmployeeLifecycleManagementApi::list_non_employee_approval): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeApproval<'a> {
    client: &'a crate::Client,
    requested_for: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListNonEmployeeApproval<'_> {
    /// The identity for whom the request was made. *me* indicates the current user.
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **approvalStatus**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /non-employee-approvals`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::NonEmployeeApprovalItem>, crate::Error> {
        let path = "/non-employee-approvals";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.requested_for {
            query.push(("requested-for", value.clone()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listNonEmployeeApproval", request).await?;
        crate::request::json("listNonEmployeeApproval", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval`](NonEmployeeLifecycleManagementApi::get_non_employee_approval): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApproval<'a> {
    client: &'a crate::Client,
    id: String,
    include_detail: Option<String>,
}

impl GetNonEmployeeApproval<'_> {
    /// The object nonEmployeeRequest will not be included detail when set to false. *Default value is true*
    pub fn include_detail(mut self, include_detail: impl Into<String>) -> Self {
        self.include_detail = Some(include_detail.into());
        self
    }

    /// Sends the request: `GET /non-employee-approvals/{id}`.
    pub async fn send(
        self,
    ) -> Result<models::NonEmployeeApprovalItemDetail, crate::Error> {
        let path = ["/non-employee-approvals/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.include_detail {
            query.push(("include-detail", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getNonEmployeeApproval", request).await?;
        crate::request::json("getNonEmployeeApproval", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request`](NonEmployeeLifecycleManagementApi::approve_non_employee_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveNonEmployeeRequest<'a> {
    client: &'a crate::Client,
    id: String,
    non_employee_approval_decision: models::NonEmployeeApprovalDecision,
}

impl ApproveNonEmployeeRequest<'_> {
    /// Sends the request: `POST /non-employee-approvals/{id}/approve`.
    pub async fn send(self) -> Result<models::NonEmployeeApprovalItem, crate::Error> {
        let path = [
            "/non-employee-approvals/",
            &crate::request::path_segment(&self.id),
            "/approve",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_approval_decision;
            request = crate::request::with_json(
                "approveNonEmployeeRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("approveNonEmployeeRequest", request).await?;
        crate::request::json("approveNonEmployeeRequest", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request`](NonEmployeeLifecycleManagementApi::reject_non_employee_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectNonEmployeeRequest<'a> {
    client: &'a crate::Client,
    id: String,
    non_employee_reject_approval_decision: models::NonEmployeeRejectApprovalDecision,
}

impl RejectNonEmployeeRequest<'_> {
    /// Sends the request: `POST /non-employee-approvals/{id}/reject`.
    pub async fn send(self) -> Result<models::NonEmployeeApprovalItem, crate::Error> {
        let path = [
            "/non-employee-approvals/",
            &crate::request::path_segment(&self.id),
            "/reject",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_reject_approval_decision;
            request = crate::request::with_json(
                "rejectNonEmployeeRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("rejectNonEmployeeRequest", request).await?;
        crate::request::json("rejectNonEmployeeRequest", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApprovalSummary<'a> {
    client: &'a crate::Client,
    requested_for: String,
}

impl GetNonEmployeeApprovalSummary<'_> {
    /// Sends the request: `GET /non-employee-approvals/summary/{requested-for}`.
    pub async fn send(self) -> Result<models::NonEmployeeApprovalSummary, crate::Error> {
        let path = [
            "/non-employee-approvals/summary/",
            &crate::request::path_segment(&self.requested_for),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNonEmployeeApprovalSummary", request)
            .await?;
        crate::request::json("getNonEmployeeApprovalSummary", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSourceSchemaAttributes<'a> {
    client: &'a crate::Client,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl GetNonEmployeeSourceSchemaAttributes<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{sourceId}/schema-attributes`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::NonEmployeeSchemaAttribute>, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNonEmployeeSourceSchemaAttributes", request)
            .await?;
        crate::request::json("getNonEmployeeSourceSchemaAttributes", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSourceSchemaAttributes<'a> {
    client: &'a crate::Client,
    source_id: String,
    non_employee_schema_attribute_body: models::NonEmployeeSchemaAttributeBody,
}

impl CreateNonEmployeeSourceSchemaAttributes<'_> {
    /// Sends the request: `POST /non-employee-sources/{sourceId}/schema-attributes`.
    pub async fn send(self) -> Result<models::NonEmployeeSchemaAttribute, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.non_employee_schema_attribute_body;
            request = crate::request::with_json(
                "createNonEmployeeSourceSchemaAttributes",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createNonEmployeeSourceSchemaAttributes", request)
            .await?;
        crate::request::json("createNonEmployeeSourceSchemaAttributes", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSourceSchemaAttributes<'a> {
    client: &'a crate::Client,
    source_id: String,
}

impl DeleteNonEmployeeSourceSchemaAttributes<'_> {
    /// Sends the request: `DELETE /non-employee-sources/{sourceId}/schema-attributes`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes",
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self
            .client
            .execute("deleteNonEmployeeSourceSchemaAttributes", request)
            .await?;
        crate::request::empty("deleteNonEmployeeSourceSchemaAttributes", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSchemaAttribute<'a> {
    client: &'a crate::Client,
    source_id: String,
    attribute_id: String,
}

impl GetNonEmployeeSchemaAttribute<'_> {
    /// Sends the request: `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    pub async fn send(self) -> Result<models::NonEmployeeSchemaAttribute, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes/",
            &crate::request::path_segment(&self.attribute_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNonEmployeeSchemaAttribute", request)
            .await?;
        crate::request::json("getNonEmployeeSchemaAttribute", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSchemaAttribute<'a> {
    client: &'a crate::Client,
    source_id: String,
    attribute_id: String,
}

impl DeleteNonEmployeeSchemaAttribute<'_> {
    /// Sends the request: `DELETE /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes/",
            &crate::request::path_segment(&self.attribute_id),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self
            .client
            .execute("deleteNonEmployeeSchemaAttribute", request)
            .await?;
        crate::request::empty("deleteNonEmployeeSchemaAttribute", response).await
    }
}

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSchemaAttribute<'a> {
    client: &'a crate::Client,
    source_id: String,
    attribute_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeSchemaAttribute<'_> {
    /// Sends the request: `PATCH /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    pub async fn send(self) -> Result<models::NonEmployeeSchemaAttribute, crate::Error> {
        let path = [
            "/non-employee-sources/",
            &crate::request::path_segment(&self.source_id),
            "/schema-attributes/",
            &crate::request::path_segment(&self.attribute_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchNonEmployeeSchemaAttribute",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("patchNonEmployeeSchemaAttribute", request)
            .await?;
        crate::request::json("patchNonEmployeeSchemaAttribute", response).await
    }
}
