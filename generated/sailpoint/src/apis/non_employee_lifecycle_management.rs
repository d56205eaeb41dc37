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
    /// This gets a list of non-employee records. There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:read`, in which case they can get a list of all of the non-employees.
    ///   2. The user is an account manager, in which case they can get a list of the non-employees that they manage.
    ///
    /// `GET /non-employee-records/v1` (`listNonEmployeeRecordsV1`)
    #[inline]
    pub fn list_non_employee_records_v1(&self) -> ListNonEmployeeRecordsV1 {
        ListNonEmployeeRecordsV1 {
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
    /// Requires role context of `idn:nesr:create`
    ///
    /// `POST /non-employee-records/v1` (`createNonEmployeeRecordV1`)
    #[inline]
    pub fn create_non_employee_record_v1(
        &self,
        nonemployeerequestbody: models::Nonemployeerequestbody,
    ) -> CreateNonEmployeeRecordV1 {
        CreateNonEmployeeRecordV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            nonemployeerequestbody,
        }
    }

    /// Get a non-employee record
    ///
    /// This gets a non-employee record.
    /// Requires role context of `idn:nesr:read`
    ///
    /// `GET /non-employee-records/v1/{id}` (`getNonEmployeeRecordV1`)
    #[inline]
    pub fn get_non_employee_record_v1(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRecordV1 {
        GetNonEmployeeRecordV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update non-employee record
    ///
    /// This request will update a non-employee record. There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:update`, in which case they
    ///      update all available fields.
    ///   2. The user is owner of the source, in this case they can only update the
    ///      end date.
    ///
    /// `PUT /non-employee-records/v1/{id}` (`updateNonEmployeeRecordV1`)
    #[inline]
    pub fn update_non_employee_record_v1(
        &self,
        id: impl Into<String>,
        nonemployeerequestbody: models::Nonemployeerequestbody,
    ) -> UpdateNonEmployeeRecordV1 {
        UpdateNonEmployeeRecordV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            nonemployeerequestbody,
        }
    }

    /// Delete non-employee record
    ///
    /// This request will delete a non-employee record.
    /// Requires role context of `idn:nesr:delete`
    ///
    /// `DELETE /non-employee-records/v1/{id}` (`deleteNonEmployeeRecordV1`)
    #[inline]
    pub fn delete_non_employee_record_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRecordV1 {
        DeleteNonEmployeeRecordV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch non-employee record
    ///
    /// This request will patch a non-employee record. There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:update`, in which case they
    ///      update all available fields.
    ///   2. The user is owner of the source, in this case they can only update the
    ///      end date.
    ///
    /// `PATCH /non-employee-records/v1/{id}` (`patchNonEmployeeRecordV1`)
    #[inline]
    pub fn patch_non_employee_record_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchNonEmployeeRecordV1 {
        PatchNonEmployeeRecordV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Delete multiple non-employee records
    ///
    /// This request will delete multiple non-employee records based on the non-employee ids provided. Requires role context of `idn:nesr:delete`
    ///
    /// `POST /non-employee-records/v1/bulk-delete` (`deleteNonEmployeeRecordsInBulkV1`)
    #[inline]
    pub fn delete_non_employee_records_in_bulk_v1(
        &self,
        delete_non_employee_records_in_bulk_v1_request: models::DeleteNonEmployeeRecordsInBulkV1Request,
    ) -> DeleteNonEmployeeRecordsInBulkV1 {
        DeleteNonEmployeeRecordsInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            delete_non_employee_records_in_bulk_v1_request,
        }
    }

    /// List non-employee requests
    ///
    /// This gets a list of non-employee requests. There are two contextual uses for the `requested-for` path parameter:
    ///   1. The user has the role context of `idn:nesr:read`, in which case he or
    ///      she may request a list non-employee requests assigned to a particular account manager by passing in that manager's id.
    ///   2. The current user is an account manager, in which case "me" should be
    ///      provided as the `requested-for` value. This will provide the user with a list of the non-employee requests in the source(s) he or she manages.
    ///
    /// `GET /non-employee-requests/v1` (`listNonEmployeeRequestsV1`)
    #[inline]
    pub fn list_non_employee_requests_v1(
        &self,
        requested_for: impl Into<String>,
    ) -> ListNonEmployeeRequestsV1 {
        ListNonEmployeeRequestsV1 {
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
    /// This request will create a non-employee request and notify the approver. Requires role context of `idn:nesr:create` or the user must own the source.
    ///
    /// `POST /non-employee-requests/v1` (`createNonEmployeeRequestV1`)
    #[inline]
    pub fn create_non_employee_request_v1(
        &self,
        nonemployeerequestbody: models::Nonemployeerequestbody,
    ) -> CreateNonEmployeeRequestV1 {
        CreateNonEmployeeRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            nonemployeerequestbody,
        }
    }

    /// Get a non-employee request
    ///
    /// This gets a non-employee request.
    /// There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:read`, in this case the user
    ///      can get the non-employee request for any user.
    ///   2. The user must be the owner of the non-employee request.
    ///
    /// `GET /non-employee-requests/v1/{id}` (`getNonEmployeeRequestV1`)
    #[inline]
    pub fn get_non_employee_request_v1(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRequestV1 {
        GetNonEmployeeRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete non-employee request
    ///
    /// This request will delete a non-employee request.
    /// Requires role context of `idn:nesr:delete`
    ///
    /// `DELETE /non-employee-requests/v1/{id}` (`deleteNonEmployeeRequestV1`)
    #[inline]
    pub fn delete_non_employee_request_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRequestV1 {
        DeleteNonEmployeeRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get summary of non-employee requests
    ///
    /// This request will retrieve a summary of non-employee requests. There are two contextual uses for the `requested-for` path parameter:
    ///   1. The user has the role context of `idn:nesr:read`, in which case he or
    ///      she may request a summary of all non-employee approval requests assigned to a particular account manager by passing in that manager's id.
    ///   2. The current user is an account manager, in which case "me" should be
    ///      provided as the `requested-for` value. This will provide the user with a summary of the non-employee requests in the source(s) he or she manages.
    ///
    /// `GET /non-employee-requests/v1/summary/{requested-for}` (`getNonEmployeeRequestSummaryV1`)
    #[inline]
    pub fn get_non_employee_request_summary_v1(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeRequestSummaryV1 {
        GetNonEmployeeRequestSummaryV1 {
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
    /// `GET /non-employee-sources/v1` (`listNonEmployeeSourcesV1`)
    #[inline]
    pub fn list_non_employee_sources_v1(&self) -> ListNonEmployeeSourcesV1 {
        ListNonEmployeeSourcesV1 {
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
    /// `POST /non-employee-sources/v1` (`createNonEmployeeSourceV1`)
    #[inline]
    pub fn create_non_employee_source_v1(
        &self,
        nonemployeesourcerequestbody: models::Nonemployeesourcerequestbody,
    ) -> CreateNonEmployeeSourceV1 {
        CreateNonEmployeeSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            nonemployeesourcerequestbody,
        }
    }

    /// Get a non-employee source
    ///
    /// This gets a non-employee source. There are two contextual uses for the requested-for path parameter:
    ///   1. The user has the role context of `idn:nesr:read`, in which case he or
    ///      she may request any source.
    ///   2. The current user is an account manager, in which case the user can only
    ///      request sources that they own.
    ///
    /// `GET /non-employee-sources/v1/{sourceId}` (`getNonEmployeeSourceV1`)
    #[inline]
    pub fn get_non_employee_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSourceV1 {
        GetNonEmployeeSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Delete non-employee source
    ///
    /// This request will delete a non-employee source. Requires role context of `idn:nesr:delete`.
    ///
    /// `DELETE /non-employee-sources/v1/{sourceId}` (`deleteNonEmployeeSourceV1`)
    #[inline]
    pub fn delete_non_employee_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSourceV1 {
        DeleteNonEmployeeSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Patch a non-employee source
    ///
    /// patch a non-employee source. (partial update) &lt;br/> Patchable field: **name, description, approvers, accountManagers** Requires role context of `idn:nesr:update`.
    ///
    /// `PATCH /non-employee-sources/v1/{sourceId}` (`patchNonEmployeeSourceV1`)
    #[inline]
    pub fn patch_non_employee_source_v1(
        &self,
        source_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchNonEmployeeSourceV1 {
        PatchNonEmployeeSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            jsonpatchoperation,
        }
    }

    /// Exports non-employee records to csv
    ///
    /// This requests a CSV download for all non-employees from a provided source. Requires role context of `idn:nesr:read`
    ///
    /// `GET /non-employee-sources/v1/{id}/non-employees/download` (`exportNonEmployeeRecordsV1`)
    #[inline]
    pub fn export_non_employee_records_v1(
        &self,
        id: impl Into<String>,
    ) -> ExportNonEmployeeRecordsV1 {
        ExportNonEmployeeRecordsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Imports, or updates, non-employee records
    ///
    /// This post will import, or update, Non-Employee records found in the CSV. Requires role context of `idn:nesr:create`
    ///
    /// `POST /non-employee-sources/v1/{id}/non-employee-bulk-upload` (`importNonEmployeeRecordsInBulkV1`)
    #[inline]
    pub fn import_non_employee_records_in_bulk_v1(
        &self,
        id: impl Into<String>,
    ) -> ImportNonEmployeeRecordsInBulkV1 {
        ImportNonEmployeeRecordsInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            import_non_employee_records_in_bulk_v1_request: None,
        }
    }

    /// Obtain the status of bulk upload on the source
    ///
    /// The nonEmployeeBulkUploadStatus API returns the status of the newest bulk upload job for the specified source.
    /// Requires role context of `idn:nesr:read`
    ///
    /// `GET /non-employee-sources/v1/{id}/non-employee-bulk-upload/status` (`getNonEmployeeBulkUploadStatusV1`)
    #[inline]
    pub fn get_non_employee_bulk_upload_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeBulkUploadStatusV1 {
        GetNonEmployeeBulkUploadStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Exports source schema template
    ///
    /// This requests a download for the Source Schema Template for a provided source. Requires role context of `idn:nesr:read`
    ///
    /// `GET /non-employee-sources/v1/{id}/schema-attributes-template/download` (`exportNonEmployeeSourceSchemaTemplateV1`)
    #[inline]
    pub fn export_non_employee_source_schema_template_v1(
        &self,
        id: impl Into<String>,
    ) -> ExportNonEmployeeSourceSchemaTemplateV1 {
        ExportNonEmployeeSourceSchemaTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get list of non-employee approval requests
    ///
    /// This gets a list of non-employee approval requests.
    /// There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:read`, in which case they
    ///      can list the approvals for any approver.
    ///   2. The user owns the requested approval.
    ///
    /// `GET /non-employee-approvals/v1` (`listNonEmployeeApprovalsV1`)
    #[inline]
    pub fn list_non_employee_approvals_v1(&self) -> ListNonEmployeeApprovalsV1 {
        ListNonEmployeeApprovalsV1 {
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

    /// Get a non-employee approval item detail
    ///
    /// Gets a non-employee approval item detail. There are two contextual uses for this endpoint:
    ///   1. The user has the role context of `idn:nesr:read`, in which case they
    ///      can get any approval.
    ///   2. The user owns the requested approval.
    ///
    /// `GET /non-employee-approvals/v1/{id}` (`getNonEmployeeApprovalV1`)
    #[inline]
    pub fn get_non_employee_approval_v1(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeApprovalV1 {
        GetNonEmployeeApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            include_detail: None,
        }
    }

    /// Approve a non-employee request
    ///
    /// Approves a non-employee approval request and notifies the next approver. The current user must be the requested approver.
    ///
    /// `POST /non-employee-approvals/v1/{id}/approve` (`approveNonEmployeeRequestV1`)
    #[inline]
    pub fn approve_non_employee_request_v1(
        &self,
        id: impl Into<String>,
        nonemployeeapprovaldecision: models::Nonemployeeapprovaldecision,
    ) -> ApproveNonEmployeeRequestV1 {
        ApproveNonEmployeeRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            nonemployeeapprovaldecision,
        }
    }

    /// Reject a non-employee request
    ///
    /// This endpoint will reject an approval item request and notify user. The current user must be the requested approver.
    ///
    /// `POST /non-employee-approvals/v1/{id}/reject` (`rejectNonEmployeeRequestV1`)
    #[inline]
    pub fn reject_non_employee_request_v1(
        &self,
        id: impl Into<String>,
        nonemployeerejectapprovaldecision: models::Nonemployeerejectapprovaldecision,
    ) -> RejectNonEmployeeRequestV1 {
        RejectNonEmployeeRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            nonemployeerejectapprovaldecision,
        }
    }

    /// Get summary of non-employee approval requests
    ///
    /// This request will retrieve a summary of non-employee approval requests. There are two contextual uses for the `requested-for` path parameter:
    ///   1. The user has the role context of `idn:nesr:read`, in which case he or
    ///      she may request a summary of all non-employee approval requests assigned to a particular approver by passing in that approver's id.
    ///   2. The current user is an approver, in which case "me" should be provided
    ///      as the `requested-for` value. This will provide the approver with a summary of the approval items assigned to him or her.
    ///
    /// `GET /non-employee-approvals/v1/summary/{requested-for}` (`getNonEmployeeApprovalSummaryV1`)
    #[inline]
    pub fn get_non_employee_approval_summary_v1(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeApprovalSummaryV1 {
        GetNonEmployeeApprovalSummaryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: requested_for.into(),
        }
    }

    /// List schema attributes non-employee source
    ///
    /// This API gets the list of schema attributes for the specified Non-Employee SourceId. There are 8 mandatory attributes added to each new Non-Employee Source automatically. Additionaly, user can add up to 10 custom attributes. This interface returns all the mandatory attributes followed by any custom attributes. At most, a total of 18 attributes will be returned.
    /// Requires role context of `idn:nesr:read` or the user must be an account manager of the source.
    ///
    /// `GET /non-employee-sources/v1/{sourceId}/schema-attributes` (`getNonEmployeeSourceSchemaAttributesV1`)
    #[inline]
    pub fn get_non_employee_source_schema_attributes_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSourceSchemaAttributesV1 {
        GetNonEmployeeSourceSchemaAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Create a new schema attribute for non-employee source
    ///
    /// This API creates a new schema attribute for Non-Employee Source. The schema technical name must be unique in the source. Attempts to create a schema attribute with an existing name will result in a "400.1.409 Reference conflict" response. At most, 10 custom attributes can be created per schema. Attempts to create more than 10 will result in a "400.1.4 Limit violation" response.
    /// Requires role context of `idn:nesr:create`
    ///
    /// `POST /non-employee-sources/v1/{sourceId}/schema-attributes` (`createNonEmployeeSourceSchemaAttributesV1`)
    #[inline]
    pub fn create_non_employee_source_schema_attributes_v1(
        &self,
        source_id: impl Into<String>,
        nonemployeeschemaattributebody: models::Nonemployeeschemaattributebody,
    ) -> CreateNonEmployeeSourceSchemaAttributesV1 {
        CreateNonEmployeeSourceSchemaAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            nonemployeeschemaattributebody,
        }
    }

    /// Delete all custom schema attributes for non-employee source
    ///
    /// This end-point deletes all custom schema attributes for a non-employee source. Requires role context of `idn:nesr:delete`
    ///
    /// `DELETE /non-employee-sources/v1/{sourceId}/schema-attributes` (`deleteNonEmployeeSourceSchemaAttributesV1`)
    #[inline]
    pub fn delete_non_employee_source_schema_attributes_v1(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSourceSchemaAttributesV1 {
        DeleteNonEmployeeSourceSchemaAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Get schema attribute non-employee source
    ///
    /// This API gets a schema attribute by Id for the specified Non-Employee SourceId. Requires role context of `idn:nesr:read` or the user must be an account manager of the source.
    ///
    /// `GET /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}` (`getNonEmployeeSchemaAttributeV1`)
    #[inline]
    pub fn get_non_employee_schema_attribute_v1(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> GetNonEmployeeSchemaAttributeV1 {
        GetNonEmployeeSchemaAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
        }
    }

    /// Delete a schema attribute for non-employee source
    ///
    /// This end-point deletes a specific schema attribute for a non-employee source.
    /// Requires role context of `idn:nesr:delete`
    ///
    /// `DELETE /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}` (`deleteNonEmployeeSchemaAttributeV1`)
    #[inline]
    pub fn delete_non_employee_schema_attribute_v1(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
    ) -> DeleteNonEmployeeSchemaAttributeV1 {
        DeleteNonEmployeeSchemaAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
        }
    }

    /// Patch a schema attribute for non-employee source
    ///
    /// This end-point patches a specific schema attribute for a non-employee SourceId.
    /// Requires role context of `idn:nesr:update`
    ///
    /// `PATCH /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}` (`patchNonEmployeeSchemaAttributeV1`)
    #[inline]
    pub fn patch_non_employee_schema_attribute_v1(
        &self,
        source_id: impl Into<String>,
        attribute_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchNonEmployeeSchemaAttributeV1 {
        PatchNonEmployeeSchemaAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            attribute_id: attribute_id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_records_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_records_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeRecordsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_records_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_records_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRecordsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListNonEmployeeRecordsV1 {
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

    /// Sends the request: `GET /non-employee-records/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Nonemployeerecord>,
            crate::SdkError<ListNonEmployeeRecordsV1Error>,
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
            crate::Page<models::Nonemployeerecord>,
            crate::SdkError<ListNonEmployeeRecordsV1Error>,
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
            models::Nonemployeerecord,
            crate::SdkError<ListNonEmployeeRecordsV1Error>,
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
            crate::Response<Vec<models::Nonemployeerecord>>,
            crate::SdkError<ListNonEmployeeRecordsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeRecordsV1",
            self.options,
            move |client| {
                let path = "/non-employee-records/v1";
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_record_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeRecordV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_record_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRecordV1 {
    client: crate::Client,
    options: crate::request::Options,
    nonemployeerequestbody: models::Nonemployeerequestbody,
}

impl CreateNonEmployeeRecordV1 {
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

    /// Sends the request: `POST /non-employee-records/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerecord,
            crate::SdkError<CreateNonEmployeeRecordV1Error>,
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
            crate::Response<models::Nonemployeerecord>,
            crate::SdkError<CreateNonEmployeeRecordV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeRecordV1",
            self.options,
            move |client| {
                let path = "/non-employee-records/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeerequestbody;
                    request = crate::request::with_json(
                        "createNonEmployeeRecordV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_record_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeRecordV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_record_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRecordV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeRecordV1 {
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

    /// Sends the request: `GET /non-employee-records/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerecord,
            crate::SdkError<GetNonEmployeeRecordV1Error>,
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
            crate::Response<models::Nonemployeerecord>,
            crate::SdkError<GetNonEmployeeRecordV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRecordV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::update_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::update_non_employee_record_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateNonEmployeeRecordV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::update_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::update_non_employee_record_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateNonEmployeeRecordV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    nonemployeerequestbody: models::Nonemployeerequestbody,
}

impl UpdateNonEmployeeRecordV1 {
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

    /// Sends the request: `PUT /non-employee-records/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerecord,
            crate::SdkError<UpdateNonEmployeeRecordV1Error>,
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
            crate::Response<models::Nonemployeerecord>,
            crate::SdkError<UpdateNonEmployeeRecordV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateNonEmployeeRecordV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeerequestbody;
                    request = crate::request::with_json(
                        "updateNonEmployeeRecordV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_record_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeRecordV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_record_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecordV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteNonEmployeeRecordV1 {
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

    /// Sends the request: `DELETE /non-employee-records/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRecordV1Error>>,
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
            crate::SdkError<DeleteNonEmployeeRecordV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRecordV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_record_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchNonEmployeeRecordV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_record_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeRecordV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchNonEmployeeRecordV1 {
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

    /// Sends the request: `PATCH /non-employee-records/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerecord,
            crate::SdkError<PatchNonEmployeeRecordV1Error>,
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
            crate::Response<models::Nonemployeerecord>,
            crate::SdkError<PatchNonEmployeeRecordV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeRecordV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-records/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchNonEmployeeRecordV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeRecordsInBulkV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRecordsInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    delete_non_employee_records_in_bulk_v1_request: models::DeleteNonEmployeeRecordsInBulkV1Request,
}

impl DeleteNonEmployeeRecordsInBulkV1 {
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

    /// Sends the request: `POST /non-employee-records/v1/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRecordsInBulkV1Error>>,
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
            crate::SdkError<DeleteNonEmployeeRecordsInBulkV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRecordsInBulkV1",
            self.options,
            move |client| {
                let path = "/non-employee-records/v1/bulk-delete";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.delete_non_employee_records_in_bulk_v1_request;
                    request = crate::request::with_json(
                        "deleteNonEmployeeRecordsInBulkV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_requests_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeRequestsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_requests_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeRequestsV1 {
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

impl ListNonEmployeeRequestsV1 {
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

    /// Sends the request: `GET /non-employee-requests/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Nonemployeerequest>,
            crate::SdkError<ListNonEmployeeRequestsV1Error>,
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
            crate::Page<models::Nonemployeerequest>,
            crate::SdkError<ListNonEmployeeRequestsV1Error>,
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
            models::Nonemployeerequest,
            crate::SdkError<ListNonEmployeeRequestsV1Error>,
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
            crate::Response<Vec<models::Nonemployeerequest>>,
            crate::SdkError<ListNonEmployeeRequestsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeRequestsV1",
            self.options,
            move |client| {
                let path = "/non-employee-requests/v1";
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeRequestV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    nonemployeerequestbody: models::Nonemployeerequestbody,
}

impl CreateNonEmployeeRequestV1 {
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

    /// Sends the request: `POST /non-employee-requests/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerequest,
            crate::SdkError<CreateNonEmployeeRequestV1Error>,
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
            crate::Response<models::Nonemployeerequest>,
            crate::SdkError<CreateNonEmployeeRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeRequestV1",
            self.options,
            move |client| {
                let path = "/non-employee-requests/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeerequestbody;
                    request = crate::request::with_json(
                        "createNonEmployeeRequestV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeRequestV1 {
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

    /// Sends the request: `GET /non-employee-requests/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerequest,
            crate::SdkError<GetNonEmployeeRequestV1Error>,
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
            crate::Response<models::Nonemployeerequest>,
            crate::SdkError<GetNonEmployeeRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteNonEmployeeRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteNonEmployeeRequestV1 {
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

    /// Sends the request: `DELETE /non-employee-requests/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeRequestV1Error>>,
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
            crate::SdkError<DeleteNonEmployeeRequestV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_request_summary_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeRequestSummaryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_request_summary_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeRequestSummaryV1 {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: String,
}

impl GetNonEmployeeRequestSummaryV1 {
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

    /// Sends the request: `GET /non-employee-requests/v1/summary/{requested-for}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeerequestsummary,
            crate::SdkError<GetNonEmployeeRequestSummaryV1Error>,
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
            crate::Response<models::Nonemployeerequestsummary>,
            crate::SdkError<GetNonEmployeeRequestSummaryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeRequestSummaryV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-requests/v1/summary/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_sources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeSourcesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_sources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeSourcesV1 {
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

impl ListNonEmployeeSourcesV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Nonemployeesourcewithnecount>,
            crate::SdkError<ListNonEmployeeSourcesV1Error>,
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
            crate::Page<models::Nonemployeesourcewithnecount>,
            crate::SdkError<ListNonEmployeeSourcesV1Error>,
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
            models::Nonemployeesourcewithnecount,
            crate::SdkError<ListNonEmployeeSourcesV1Error>,
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
            crate::Response<Vec<models::Nonemployeesourcewithnecount>>,
            crate::SdkError<ListNonEmployeeSourcesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeSourcesV1",
            self.options,
            move |client| {
                let path = "/non-employee-sources/v1";
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    nonemployeesourcerequestbody: models::Nonemployeesourcerequestbody,
}

impl CreateNonEmployeeSourceV1 {
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

    /// Sends the request: `POST /non-employee-sources/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeesourcewithcloudexternalid,
            crate::SdkError<CreateNonEmployeeSourceV1Error>,
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
            crate::Response<models::Nonemployeesourcewithcloudexternalid>,
            crate::SdkError<CreateNonEmployeeSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeSourceV1",
            self.options,
            move |client| {
                let path = "/non-employee-sources/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeesourcerequestbody;
                    request = crate::request::with_json(
                        "createNonEmployeeSourceV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetNonEmployeeSourceV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeesource,
            crate::SdkError<GetNonEmployeeSourceV1Error>,
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
            crate::Response<models::Nonemployeesource>,
            crate::SdkError<GetNonEmployeeSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNonEmployeeSourceV1 {
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

    /// Sends the request: `DELETE /non-employee-sources/v1/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeSourceV1Error>>,
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
            crate::SdkError<DeleteNonEmployeeSourceV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchNonEmployeeSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchNonEmployeeSourceV1 {
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

    /// Sends the request: `PATCH /non-employee-sources/v1/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeesource,
            crate::SdkError<PatchNonEmployeeSourceV1Error>,
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
            crate::Response<models::Nonemployeesource>,
            crate::SdkError<PatchNonEmployeeSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchNonEmployeeSourceV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::export_non_employee_records_v1`](NonEmployeeLifecycleManagementApi::export_non_employee_records_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ExportNonEmployeeRecordsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::export_non_employee_records_v1`](NonEmployeeLifecycleManagementApi::export_non_employee_records_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportNonEmployeeRecordsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl ExportNonEmployeeRecordsV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{id}/non-employees/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<ExportNonEmployeeRecordsV1Error>>,
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
            crate::SdkError<ExportNonEmployeeRecordsV1Error>,
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
            crate::SdkError<ExportNonEmployeeRecordsV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportNonEmployeeRecordsV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk_v1`](NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ImportNonEmployeeRecordsInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk_v1`](NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportNonEmployeeRecordsInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_non_employee_records_in_bulk_v1_request: Option<
        models::ImportNonEmployeeRecordsInBulkV1Request,
    >,
}

impl ImportNonEmployeeRecordsInBulkV1 {
    /// The request body.
    #[inline]
    pub fn import_non_employee_records_in_bulk_v1_request(
        mut self,
        import_non_employee_records_in_bulk_v1_request: models::ImportNonEmployeeRecordsInBulkV1Request,
    ) -> Self {
        self.import_non_employee_records_in_bulk_v1_request = Some(
            import_non_employee_records_in_bulk_v1_request,
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

    /// Sends the request: `POST /non-employee-sources/v1/{id}/non-employee-bulk-upload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeebulkuploadjob,
            crate::SdkError<ImportNonEmployeeRecordsInBulkV1Error>,
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
            crate::Response<models::Nonemployeebulkuploadjob>,
            crate::SdkError<ImportNonEmployeeRecordsInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importNonEmployeeRecordsInBulkV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/non-employee-bulk-upload",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_non_employee_records_in_bulk_v1_request
                {
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeBulkUploadStatusV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeBulkUploadStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetNonEmployeeBulkUploadStatusV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{id}/non-employee-bulk-upload/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeebulkuploadstatus,
            crate::SdkError<GetNonEmployeeBulkUploadStatusV1Error>,
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
            crate::Response<models::Nonemployeebulkuploadstatus>,
            crate::SdkError<GetNonEmployeeBulkUploadStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeBulkUploadStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template_v1`](NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ExportNonEmployeeSourceSchemaTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template_v1`](NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportNonEmployeeSourceSchemaTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl ExportNonEmployeeSourceSchemaTemplateV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{id}/schema-attributes-template/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<ExportNonEmployeeSourceSchemaTemplateV1Error>,
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
            crate::SdkError<ExportNonEmployeeSourceSchemaTemplateV1Error>,
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
            crate::SdkError<ExportNonEmployeeSourceSchemaTemplateV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportNonEmployeeSourceSchemaTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::list_non_employee_approvals_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_approvals_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListNonEmployeeApprovalsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::list_non_employee_approvals_v1`](NonEmployeeLifecycleManagementApi::list_non_employee_approvals_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNonEmployeeApprovalsV1 {
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

impl ListNonEmployeeApprovalsV1 {
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

    /// Sends the request: `GET /non-employee-approvals/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Nonemployeeapprovalitem>,
            crate::SdkError<ListNonEmployeeApprovalsV1Error>,
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
            crate::Page<models::Nonemployeeapprovalitem>,
            crate::SdkError<ListNonEmployeeApprovalsV1Error>,
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
            models::Nonemployeeapprovalitem,
            crate::SdkError<ListNonEmployeeApprovalsV1Error>,
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
            crate::Response<Vec<models::Nonemployeeapprovalitem>>,
            crate::SdkError<ListNonEmployeeApprovalsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listNonEmployeeApprovalsV1",
            self.options,
            move |client| {
                let path = "/non-employee-approvals/v1";
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeApprovalV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    include_detail: Option<bool>,
}

impl GetNonEmployeeApprovalV1 {
    /// The object nonEmployeeRequest will not be included detail when set to false. *Default value is true*
    #[inline]
    pub fn include_detail(mut self, include_detail: bool) -> Self {
        self.include_detail = Some(include_detail);
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

    /// Sends the request: `GET /non-employee-approvals/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeapprovalitemdetail,
            crate::SdkError<GetNonEmployeeApprovalV1Error>,
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
            crate::Response<models::Nonemployeeapprovalitemdetail>,
            crate::SdkError<GetNonEmployeeApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeApprovalV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.include_detail {
                    query.push(("include-detail", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::approve_non_employee_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ApproveNonEmployeeRequestV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::approve_non_employee_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveNonEmployeeRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    nonemployeeapprovaldecision: models::Nonemployeeapprovaldecision,
}

impl ApproveNonEmployeeRequestV1 {
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

    /// Sends the request: `POST /non-employee-approvals/v1/{id}/approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeapprovalitem,
            crate::SdkError<ApproveNonEmployeeRequestV1Error>,
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
            crate::Response<models::Nonemployeeapprovalitem>,
            crate::SdkError<ApproveNonEmployeeRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveNonEmployeeRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/approve",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeeapprovaldecision;
                    request = crate::request::with_json(
                        "approveNonEmployeeRequestV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::reject_non_employee_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type RejectNonEmployeeRequestV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request_v1`](NonEmployeeLifecycleManagementApi::reject_non_employee_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectNonEmployeeRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    nonemployeerejectapprovaldecision: models::Nonemployeerejectapprovaldecision,
}

impl RejectNonEmployeeRequestV1 {
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

    /// Sends the request: `POST /non-employee-approvals/v1/{id}/reject`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeapprovalitem,
            crate::SdkError<RejectNonEmployeeRequestV1Error>,
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
            crate::Response<models::Nonemployeeapprovalitem>,
            crate::SdkError<RejectNonEmployeeRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectNonEmployeeRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reject",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeerejectapprovaldecision;
                    request = crate::request::with_json(
                        "rejectNonEmployeeRequestV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeApprovalSummaryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeApprovalSummaryV1 {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: String,
}

impl GetNonEmployeeApprovalSummaryV1 {
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

    /// Sends the request: `GET /non-employee-approvals/v1/summary/{requested-for}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeapprovalsummary,
            crate::SdkError<GetNonEmployeeApprovalSummaryV1Error>,
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
            crate::Response<models::Nonemployeeapprovalsummary>,
            crate::SdkError<GetNonEmployeeApprovalSummaryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeApprovalSummaryV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-approvals/v1/summary/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNonEmployeeSourceSchemaAttributesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSourceSchemaAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetNonEmployeeSourceSchemaAttributesV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{sourceId}/schema-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Nonemployeeschemaattribute>,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesV1Error>,
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
            crate::Response<Vec<models::Nonemployeeschemaattribute>>,
            crate::SdkError<GetNonEmployeeSourceSchemaAttributesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSourceSchemaAttributesV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateNonEmployeeSourceSchemaAttributesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNonEmployeeSourceSchemaAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    nonemployeeschemaattributebody: models::Nonemployeeschemaattributebody,
}

impl CreateNonEmployeeSourceSchemaAttributesV1 {
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

    /// Sends the request: `POST /non-employee-sources/v1/{sourceId}/schema-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeschemaattribute,
            crate::SdkError<CreateNonEmployeeSourceSchemaAttributesV1Error>,
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
            crate::Response<models::Nonemployeeschemaattribute>,
            crate::SdkError<CreateNonEmployeeSourceSchemaAttributesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createNonEmployeeSourceSchemaAttributesV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nonemployeeschemaattributebody;
                    request = crate::request::with_json(
                        "createNonEmployeeSourceSchemaAttributesV1",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSourceSchemaAttributesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSourceSchemaAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNonEmployeeSourceSchemaAttributesV1 {
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

    /// Sends the request: `DELETE /non-employee-sources/v1/{sourceId}/schema-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<DeleteNonEmployeeSourceSchemaAttributesV1Error>,
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
            crate::SdkError<DeleteNonEmployeeSourceSchemaAttributesV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSourceSchemaAttributesV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetNonEmployeeSchemaAttributeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNonEmployeeSchemaAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
}

impl GetNonEmployeeSchemaAttributeV1 {
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

    /// Sends the request: `GET /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeschemaattribute,
            crate::SdkError<GetNonEmployeeSchemaAttributeV1Error>,
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
            crate::Response<models::Nonemployeeschemaattribute>,
            crate::SdkError<GetNonEmployeeSchemaAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNonEmployeeSchemaAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteNonEmployeeSchemaAttributeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNonEmployeeSchemaAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
}

impl DeleteNonEmployeeSchemaAttributeV1 {
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

    /// Sends the request: `DELETE /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNonEmployeeSchemaAttributeV1Error>>,
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
            crate::SdkError<DeleteNonEmployeeSchemaAttributeV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNonEmployeeSchemaAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
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

/// The error statuses of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchNonEmployeeSchemaAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute_v1`](NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchNonEmployeeSchemaAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    attribute_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchNonEmployeeSchemaAttributeV1 {
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

    /// Sends the request: `PATCH /non-employee-sources/v1/{sourceId}/schema-attributes/{attributeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nonemployeeschemaattribute,
            crate::SdkError<PatchNonEmployeeSchemaAttributeV1Error>,
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
            crate::Response<models::Nonemployeeschemaattribute>,
            crate::SdkError<PatchNonEmployeeSchemaAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchNonEmployeeSchemaAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/non-employee-sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schema-attributes/",
                    &crate::request::path_segment(&self.attribute_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchNonEmployeeSchemaAttributeV1",
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
