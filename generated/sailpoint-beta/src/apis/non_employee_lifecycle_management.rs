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
    #[inline]
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
    #[inline]
    pub fn list_non_employee_records(&self) -> ListNonEmployeeRecords {
        ListNonEmployeeRecords {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
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
    #[inline]
    pub fn create_non_employee_record(
        &self,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRecord {
        CreateNonEmployeeRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            non_employee_request_body,
        }
    }

    /// Get a non-employee record
    ///
    /// This gets a non-employee record.
    ///
    /// `GET /non-employee-records/{id}` (`getNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRecord {
        GetNonEmployeeRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update non-employee record
    ///
    /// This request will update a non-employee record.
    ///
    /// `PUT /non-employee-records/{id}` (`putNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn put_non_employee_record(
        &self,
        id: impl Into<String>,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> PutNonEmployeeRecord {
        PutNonEmployeeRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRecord {
        DeleteNonEmployeeRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch non-employee record
    ///
    /// This request will patch a non-employee record.
    ///
    /// `PATCH /non-employee-records/{id}` (`patchNonEmployeeRecord`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn patch_non_employee_record(
        &self,
        id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeRecord {
        PatchNonEmployeeRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_non_employee_record_in_bulk(
        &self,
        delete_non_employee_record_in_bulk_request: models::DeleteNonEmployeeRecordInBulkRequest,
    ) -> DeleteNonEmployeeRecordInBulk {
        DeleteNonEmployeeRecordInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            delete_non_employee_record_in_bulk_request,
        }
    }

    /// List non-employee requests
    ///
    /// This gets a list of non-employee requests.
    ///
    /// `GET /non-employee-requests` (`listNonEmployeeRequests`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_non_employee_requests(
        &self,
        requested_for: impl Into<String>,
    ) -> ListNonEmployeeRequests {
        ListNonEmployeeRequests {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            requested_for: requested_for.into(),
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create non-employee request
    ///
    /// This request will create a non-employee request and notify the approver
    ///
    /// `POST /non-employee-requests` (`createNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_non_employee_request(
        &self,
        non_employee_request_body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRequest {
        CreateNonEmployeeRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            non_employee_request_body,
        }
    }

    /// Get a non-employee request
    ///
    /// This gets a non-employee request.
    ///
    /// `GET /non-employee-requests/{id}` (`getNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_request(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRequest {
        GetNonEmployeeRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete non-employee request
    ///
    /// This request will delete a non-employee request.
    ///
    /// `DELETE /non-employee-requests/{id}` (`deleteNonEmployeeRequest`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_non_employee_request(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRequest {
        DeleteNonEmployeeRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get summary of non-employee requests
    ///
    /// This request will retrieve a summary of non-employee requests. There are two contextual uses for the `requested-for` path parameter: 1. The current user is the Org Admin, in which case he or she may request a summary of all non-employee approval requests assigned to a particular account manager by passing in that manager's id. 2. The current user is an account manager, in which case "me" should be provided as the `requested-for` value. This will provide the user with a summary of the non-employee requests in the source(s) he or she manages.
    ///
    /// `GET /non-employee-requests/summary/{requested-for}` (`getNonEmployeeRequestSummary`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_request_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeRequestSummary {
        GetNonEmployeeRequestSummary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn list_non_employee_sources(&self) -> ListNonEmployeeSources {
        ListNonEmployeeSources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            requested_for: None,
            non_employee_count: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create non-employee source
    ///
    /// Create a non-employee source.
    ///
    /// `POST /non-employee-sources` (`createNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_non_employee_source(
        &self,
        non_employee_source_request_body: models::NonEmployeeSourceRequestBody,
    ) -> CreateNonEmployeeSource {
        CreateNonEmployeeSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            non_employee_source_request_body,
        }
    }

    /// Get a non-employee source
    ///
    /// This gets a non-employee source.
    ///
    /// `GET /non-employee-sources/{sourceId}` (`getNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSource {
        GetNonEmployeeSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Delete non-employee source
    ///
    /// This request will delete a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}` (`deleteNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSource {
        DeleteNonEmployeeSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Patch a non-employee source
    ///
    /// patch a non-employee source. (Partial Update)  Patchable field: **name, description, approvers, accountManagers**
    ///
    /// `PATCH /non-employee-sources/{sourceId}` (`patchNonEmployeeSource`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn patch_non_employee_source(
        &self,
        source_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSource {
        PatchNonEmployeeSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_non_employee_export_records(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportRecords {
        GetNonEmployeeExportRecords {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn import_non_employee_records_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ImportNonEmployeeRecordsInBulk {
        ImportNonEmployeeRecordsInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
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
    #[inline]
    pub fn get_non_employee_bulk_upload_status(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeBulkUploadStatus {
        GetNonEmployeeBulkUploadStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_non_employee_export_source_schema_template(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportSourceSchemaTemplate {
        GetNonEmployeeExportSourceSchemaTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List of non-employee approval requests
    ///
    /// This gets a list of non-employee approval requests.
    ///
    /// `GET /non-employee-approvals` (`listNonEmployeeApproval`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_non_employee_approval(&self) -> ListNonEmployeeApproval {
        ListNonEmployeeApproval {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// A non-employee approval item detail
    ///
    /// Approves a non-employee approval request and notifies the next approver.
    ///
    /// `GET /non-employee-approvals/{id}` (`getNonEmployeeApproval`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_approval(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeApproval {
        GetNonEmployeeApproval {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn approve_non_employee_request(
        &self,
        id: impl Into<String>,
        non_employee_approval_decision: models::NonEmployeeApprovalDecision,
    ) -> ApproveNonEmployeeRequest {
        ApproveNonEmployeeRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn reject_non_employee_request(
        &self,
        id: impl Into<String>,
        non_employee_reject_approval_decision: models::NonEmployeeRejectApprovalDecision,
    ) -> RejectNonEmployeeRequest {
        RejectNonEmployeeRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_non_employee_approval_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeApprovalSummary {
        GetNonEmployeeApprovalSummary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSourceSchemaAttributes {
        GetNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create non-employee source schema attribute
    ///
    /// This API creates a new schema attribute for Non-Employee Source. The schema technical name must be unique in the source. Attempts to create a schema attribute with an existing name will result in a "400.1.409 Reference conflict" response. At most, 10 custom attributes can be created per schema. Attempts to create more than 10 will result in a "400.1.4 Limit violation" response.
    ///
    /// `POST /non-employee-sources/{sourceId}/schema-attributes` (`createNonEmployeeSourceSchemaAttributes`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
        non_employee_schema_attribute_body: models::NonEmployeeSchemaAttributeBody,
    ) -> CreateNonEmployeeSourceSchemaAttributes {
        CreateNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSourceSchemaAttributes {
        DeleteNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Get schema attribute non-employee source
    ///
    /// This API gets a schema attribute by Id for the specified Non-Employee SourceId.
    ///
    /// `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (`getNonEmployeeSchemaAttribute`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> GetNonEmployeeSchemaAttribute {
        GetNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn delete_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> DeleteNonEmployeeSchemaAttribute {
        DeleteNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn patch_non_employee_schema_attribute(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSchemaAttribute {
        PatchNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
            json_patch_operation,
        }
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_records`](NonEmployeeLifecycleManagementApi::list_non_employee_records), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeRecordsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_records`](NonEmployeeLifecycleManagementApi::list_non_employee_records): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRecords {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListNonEmployeeRecords {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, accountName, sourceId, manager, firstName, lastName, email, phone, startDate, endDate, created, modified**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /non-employee-records`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::NonEmployeeRecord>,
            crate::SdkError<ListNonEmployeeRecordsError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::NonEmployeeRecord>,
            crate::SdkError<ListNonEmployeeRecordsError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::NonEmployeeRecord,
            crate::SdkError<ListNonEmployeeRecordsError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::NonEmployeeRecord>>,
            crate::SdkError<ListNonEmployeeRecordsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeRecords",
            self.options,
            move |client| {
                let path = "/non-employee-records";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_record`](NonEmployeeLifecycleManagementApi::create_non_employee_record), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeRecordError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_record`](NonEmployeeLifecycleManagementApi::create_non_employee_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRecord {
    client: crate::Client,
    options: crate::request::Options,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl CreateNonEmployeeRecord {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-records`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRecord,
            crate::SdkError<CreateNonEmployeeRecordError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRecord>,
            crate::SdkError<CreateNonEmployeeRecordError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeRecord",
            self.options,
            move |client| {
                let path = "/non-employee-records";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_request_body;
                    request = crate::request::with_json(
                        "createNonEmployeeRecord",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_record`](NonEmployeeLifecycleManagementApi::get_non_employee_record), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeRecordError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_record`](NonEmployeeLifecycleManagementApi::get_non_employee_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeRecord {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-records/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRecord,
            crate::SdkError<GetNonEmployeeRecordError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRecord>,
            crate::SdkError<GetNonEmployeeRecordError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRecord",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::put_non_employee_record`](NonEmployeeLifecycleManagementApi::put_non_employee_record), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutNonEmployeeRecordError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::put_non_employee_record`](NonEmployeeLifecycleManagementApi::put_non_employee_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutNonEmployeeRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl PutNonEmployeeRecord {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PUT /non-employee-records/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRecord,
            crate::SdkError<PutNonEmployeeRecordError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRecord>,
            crate::SdkError<PutNonEmployeeRecordError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putNonEmployeeRecord",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_request_body;
                    request = crate::request::with_json(
                        "putNonEmployeeRecord",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record`](NonEmployeeLifecycleManagementApi::delete_non_employee_record), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeRecordError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record`](NonEmployeeLifecycleManagementApi::delete_non_employee_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteNonEmployeeRecord {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /non-employee-records/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRecordError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeRecordError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRecord",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record`](NonEmployeeLifecycleManagementApi::patch_non_employee_record), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchNonEmployeeRecordError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record`](NonEmployeeLifecycleManagementApi::patch_non_employee_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeRecord {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PATCH /non-employee-records/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRecord,
            crate::SdkError<PatchNonEmployeeRecordError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRecord>,
            crate::SdkError<PatchNonEmployeeRecordError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeRecord",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchNonEmployeeRecord",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk`](NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeRecordInBulkError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk`](NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecordInBulk {
    client: crate::Client,
    options: crate::request::Options,
    delete_non_employee_record_in_bulk_request: models::DeleteNonEmployeeRecordInBulkRequest,
}

impl DeleteNonEmployeeRecordInBulk {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-records/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRecordInBulkError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeRecordInBulkError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRecordInBulk",
            self.options,
            move |client| {
                let path = "/non-employee-records/bulk-delete";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.delete_non_employee_record_in_bulk_request;
                    request = crate::request::with_json(
                        "deleteNonEmployeeRecordInBulk",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests`](NonEmployeeLifecycleManagementApi::list_non_employee_requests), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeRequestsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests`](NonEmployeeLifecycleManagementApi::list_non_employee_requests): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRequests {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: String,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListNonEmployeeRequests {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, approvalStatus, firstName, lastName, email, phone, accountName, startDate, endDate**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /non-employee-requests`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::NonEmployeeRequest>,
            crate::SdkError<ListNonEmployeeRequestsError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::NonEmployeeRequest>,
            crate::SdkError<ListNonEmployeeRequestsError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::NonEmployeeRequest,
            crate::SdkError<ListNonEmployeeRequestsError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::NonEmployeeRequest>>,
            crate::SdkError<ListNonEmployeeRequestsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeRequests",
            self.options,
            move |client| {
                let path = "/non-employee-requests";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_request`](NonEmployeeLifecycleManagementApi::create_non_employee_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_request`](NonEmployeeLifecycleManagementApi::create_non_employee_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRequest {
    client: crate::Client,
    options: crate::request::Options,
    non_employee_request_body: models::NonEmployeeRequestBody,
}

impl CreateNonEmployeeRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-requests`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRequest,
            crate::SdkError<CreateNonEmployeeRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRequest>,
            crate::SdkError<CreateNonEmployeeRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeRequest",
            self.options,
            move |client| {
                let path = "/non-employee-requests";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_request_body;
                    request = crate::request::with_json(
                        "createNonEmployeeRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_request`](NonEmployeeLifecycleManagementApi::get_non_employee_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeRequestError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request`](NonEmployeeLifecycleManagementApi::get_non_employee_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequest {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-requests/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRequest,
            crate::SdkError<GetNonEmployeeRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRequest>,
            crate::SdkError<GetNonEmployeeRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRequest",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request`](NonEmployeeLifecycleManagementApi::delete_non_employee_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteNonEmployeeRequestError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request`](NonEmployeeLifecycleManagementApi::delete_non_employee_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRequest {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteNonEmployeeRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /non-employee-requests/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRequestError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeRequestError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRequest",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_request_summary), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeRequestSummaryError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_request_summary): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequestSummary {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: String,
}

impl GetNonEmployeeRequestSummary {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-requests/summary/{requested-for}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeRequestSummary,
            crate::SdkError<GetNonEmployeeRequestSummaryError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeRequestSummary>,
            crate::SdkError<GetNonEmployeeRequestSummaryError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRequestSummary",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/summary/",
                    &crate::request::path_segment(&self.requested_for),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources`](NonEmployeeLifecycleManagementApi::list_non_employee_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeSourcesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources`](NonEmployeeLifecycleManagementApi::list_non_employee_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeSources {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: Option<String>,
    non_employee_count: Option<bool>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListNonEmployeeSources {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Identity the request was made for. Use 'me' to indicate the current user.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Flag that determines whether the API will return a non-employee count associated with the source.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn non_employee_count(mut self, non_employee_count: bool) -> Self {
        self.non_employee_count = Some(non_employee_count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created, sourceId**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /non-employee-sources`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::NonEmployeeSourceWithNeCount>,
            crate::SdkError<ListNonEmployeeSourcesError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::NonEmployeeSourceWithNeCount>,
            crate::SdkError<ListNonEmployeeSourcesError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::NonEmployeeSourceWithNeCount,
            crate::SdkError<ListNonEmployeeSourcesError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::NonEmployeeSourceWithNeCount>>,
            crate::SdkError<ListNonEmployeeSourcesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeSources",
            self.options,
            move |client| {
                let path = "/non-employee-sources";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_source`](NonEmployeeLifecycleManagementApi::create_non_employee_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeSourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source`](NonEmployeeLifecycleManagementApi::create_non_employee_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSource {
    client: crate::Client,
    options: crate::request::Options,
    non_employee_source_request_body: models::NonEmployeeSourceRequestBody,
}

impl CreateNonEmployeeSource {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-sources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSourceWithCloudExternalId,
            crate::SdkError<CreateNonEmployeeSourceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSourceWithCloudExternalId>,
            crate::SdkError<CreateNonEmployeeSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeSource",
            self.options,
            move |client| {
                let path = "/non-employee-sources";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_source_request_body;
                    request = crate::request::with_json(
                        "createNonEmployeeSource",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_source`](NonEmployeeLifecycleManagementApi::get_non_employee_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeSourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source`](NonEmployeeLifecycleManagementApi::get_non_employee_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSource {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetNonEmployeeSource {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSource,
            crate::SdkError<GetNonEmployeeSourceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSource>,
            crate::SdkError<GetNonEmployeeSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSource",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source`](NonEmployeeLifecycleManagementApi::delete_non_employee_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source`](NonEmployeeLifecycleManagementApi::delete_non_employee_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSource {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNonEmployeeSource {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /non-employee-sources/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeSourceError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeSourceError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSource",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source`](NonEmployeeLifecycleManagementApi::patch_non_employee_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchNonEmployeeSourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source`](NonEmployeeLifecycleManagementApi::patch_non_employee_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSource {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeSource {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PATCH /non-employee-sources/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSource,
            crate::SdkError<PatchNonEmployeeSourceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSource>,
            crate::SdkError<PatchNonEmployeeSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeSource",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchNonEmployeeSource",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_records`](NonEmployeeLifecycleManagementApi::get_non_employee_export_records), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeExportRecordsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_records`](NonEmployeeLifecycleManagementApi::get_non_employee_export_records): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeExportRecords {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeExportRecords {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{id}/non-employees/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetNonEmployeeExportRecordsError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetNonEmployeeExportRecordsError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetNonEmployeeExportRecordsError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeExportRecords",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.id),
                    "/non-employees/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk`](NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ImportNonEmployeeRecordsInBulkError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk`](NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportNonEmployeeRecordsInBulk {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_non_employee_records_in_bulk_request: Option<
        models::ImportNonEmployeeRecordsInBulkRequest,
    >,
}

impl ImportNonEmployeeRecordsInBulk {
    /// The request body.
    #[inline]
    pub fn import_non_employee_records_in_bulk_request(
        mut self,
        import_non_employee_records_in_bulk_request: models::ImportNonEmployeeRecordsInBulkRequest,
    ) -> Self {
        self.import_non_employee_records_in_bulk_request = Some(
            import_non_employee_records_in_bulk_request,
        );
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /non-employee-sources/{id}/non-employee-bulk-upload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeBulkUploadJob,
            crate::SdkError<ImportNonEmployeeRecordsInBulkError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeBulkUploadJob>,
            crate::SdkError<ImportNonEmployeeRecordsInBulkError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importNonEmployeeRecordsInBulk",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.id),
                    "/non-employee-bulk-upload",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_non_employee_records_in_bulk_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.data;
                                form = form
                                    .part(
                                        "data",
                                        crate::request::file_part(
                                            part.clone(),
                                            "data",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status`](NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeBulkUploadStatusError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status`](NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeBulkUploadStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeBulkUploadStatus {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{id}/non-employee-bulk-upload/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeBulkUploadStatus,
            crate::SdkError<GetNonEmployeeBulkUploadStatusError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeBulkUploadStatus>,
            crate::SdkError<GetNonEmployeeBulkUploadStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeBulkUploadStatus",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.id),
                    "/non-employee-bulk-upload/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template`](NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeExportSourceSchemaTemplateError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template`](NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeExportSourceSchemaTemplate {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeExportSourceSchemaTemplate {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{id}/schema-attributes-template/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<GetNonEmployeeExportSourceSchemaTemplateError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetNonEmployeeExportSourceSchemaTemplateError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetNonEmployeeExportSourceSchemaTemplateError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeExportSourceSchemaTemplate",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.id),
                    "/schema-attributes-template/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_approval`](NonEmployeeLifecycleManagementApi::list_non_employee_approval), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeApprovalError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_approval`](NonEmployeeLifecycleManagementApi::list_non_employee_approval): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeApproval {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListNonEmployeeApproval {
    /// The identity for whom the request was made. *me* indicates the current user.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **approvalStatus**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /non-employee-approvals`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::NonEmployeeApprovalItem>,
            crate::SdkError<ListNonEmployeeApprovalError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::NonEmployeeApprovalItem>,
            crate::SdkError<ListNonEmployeeApprovalError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::NonEmployeeApprovalItem,
            crate::SdkError<ListNonEmployeeApprovalError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::NonEmployeeApprovalItem>>,
            crate::SdkError<ListNonEmployeeApprovalError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeApproval",
            self.options,
            move |client| {
                let path = "/non-employee-approvals";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval`](NonEmployeeLifecycleManagementApi::get_non_employee_approval), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeApprovalError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval`](NonEmployeeLifecycleManagementApi::get_non_employee_approval): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApproval {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    include_detail: Option<String>,
}

impl GetNonEmployeeApproval {
    /// The object nonEmployeeRequest will not be included detail when set to false. *Default value is true*
    #[inline]
    pub fn include_detail(mut self, include_detail: impl Into<String>) -> Self {
        self.include_detail = Some(include_detail.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-approvals/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeApprovalItemDetail,
            crate::SdkError<GetNonEmployeeApprovalError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeApprovalItemDetail>,
            crate::SdkError<GetNonEmployeeApprovalError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeApproval",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.include_detail {
                    query.push(("include-detail", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request`](NonEmployeeLifecycleManagementApi::approve_non_employee_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ApproveNonEmployeeRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request`](NonEmployeeLifecycleManagementApi::approve_non_employee_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveNonEmployeeRequest {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    non_employee_approval_decision: models::NonEmployeeApprovalDecision,
}

impl ApproveNonEmployeeRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-approvals/{id}/approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeApprovalItem,
            crate::SdkError<ApproveNonEmployeeRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeApprovalItem>,
            crate::SdkError<ApproveNonEmployeeRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveNonEmployeeRequest",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/",
                    &crate::request::path_segment(&self.id),
                    "/approve",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_approval_decision;
                    request = crate::request::with_json(
                        "approveNonEmployeeRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request`](NonEmployeeLifecycleManagementApi::reject_non_employee_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type RejectNonEmployeeRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request`](NonEmployeeLifecycleManagementApi::reject_non_employee_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectNonEmployeeRequest {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    non_employee_reject_approval_decision: models::NonEmployeeRejectApprovalDecision,
}

impl RejectNonEmployeeRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-approvals/{id}/reject`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeApprovalItem,
            crate::SdkError<RejectNonEmployeeRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeApprovalItem>,
            crate::SdkError<RejectNonEmployeeRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectNonEmployeeRequest",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/",
                    &crate::request::path_segment(&self.id),
                    "/reject",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_reject_approval_decision;
                    request = crate::request::with_json(
                        "rejectNonEmployeeRequest",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeApprovalSummaryError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApprovalSummary {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: String,
}

impl GetNonEmployeeApprovalSummary {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-approvals/summary/{requested-for}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeApprovalSummary,
            crate::SdkError<GetNonEmployeeApprovalSummaryError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeApprovalSummary>,
            crate::SdkError<GetNonEmployeeApprovalSummaryError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeApprovalSummary",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/summary/",
                    &crate::request::path_segment(&self.requested_for),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeSourceSchemaAttributesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetNonEmployeeSourceSchemaAttributes {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{sourceId}/schema-attributes`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::NonEmployeeSchemaAttribute>,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::NonEmployeeSchemaAttribute>,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::NonEmployeeSchemaAttribute,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::NonEmployeeSchemaAttribute>>,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSourceSchemaAttributes",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeSourceSchemaAttributesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    non_employee_schema_attribute_body: models::NonEmployeeSchemaAttributeBody,
}

impl CreateNonEmployeeSourceSchemaAttributes {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /non-employee-sources/{sourceId}/schema-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSchemaAttribute,
            crate::SdkError<CreateNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSchemaAttribute>,
            crate::SdkError<CreateNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeSourceSchemaAttributes",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.non_employee_schema_attribute_body;
                    request = crate::request::with_json(
                        "createNonEmployeeSourceSchemaAttributes",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSourceSchemaAttributesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNonEmployeeSourceSchemaAttributes {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /non-employee-sources/{sourceId}/schema-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<DeleteNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeSourceSchemaAttributesError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSourceSchemaAttributes",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes",
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeSchemaAttributeError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSchemaAttribute {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
}

impl GetNonEmployeeSchemaAttribute {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSchemaAttribute,
            crate::SdkError<GetNonEmployeeSchemaAttributeError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSchemaAttribute>,
            crate::SdkError<GetNonEmployeeSchemaAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSchemaAttribute",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes/",
                    &crate::request::path_segment(&self.attribute_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSchemaAttributeError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSchemaAttribute {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
}

impl DeleteNonEmployeeSchemaAttribute {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeSchemaAttributeError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteNonEmployeeSchemaAttributeError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSchemaAttribute",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes/",
                    &crate::request::path_segment(&self.attribute_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchNonEmployeeSchemaAttributeError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute`](NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSchemaAttribute {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchNonEmployeeSchemaAttribute {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PATCH /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::NonEmployeeSchemaAttribute,
            crate::SdkError<PatchNonEmployeeSchemaAttributeError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::NonEmployeeSchemaAttribute>,
            crate::SdkError<PatchNonEmployeeSchemaAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeSchemaAttribute",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes/",
                    &crate::request::path_segment(&self.attribute_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchNonEmployeeSchemaAttribute",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}
