//! Use this API to implement Suggested Entitlement Description (SED) functionality.
//! SED functionality leverages the power of LLM to generate suggested entitlement descriptions.
//! Refer to [GenAI Entitlement Descriptions](https://documentation.sailpoint.com/saas/help/access/entitlements.html#genai-entitlement-descriptions) to learn more about SED in Identity Security Cloud (ISC).

use crate::models;

/// The Suggested Entitlement Description operations: get them from [`Client::suggested_entitlement_description`](crate::Client::suggested_entitlement_description).
#[derive(Debug, Clone, Copy)]
pub struct SuggestedEntitlementDescriptionApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Suggested Entitlement Description operations.
    #[inline]
    pub fn suggested_entitlement_description(
        &self,
    ) -> SuggestedEntitlementDescriptionApi<'_> {
        SuggestedEntitlementDescriptionApi {
            client: self,
        }
    }
}

impl<'a> SuggestedEntitlementDescriptionApi<'a> {
    /// Get auto-write settings for SED
    ///
    /// Get the current auto-write configuration for the tenant, including the enabled state and source include/exclude lists.
    ///
    /// `GET /suggested-entitlement-descriptions/v1/auto-write-settings` (`getAutoWriteSettingsV1`)
    #[inline]
    pub fn get_auto_write_settings_v1(&self) -> GetAutoWriteSettingsV1 {
        GetAutoWriteSettingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create auto-write settings for SED
    ///
    /// Create the initial auto-write settings for a tenant. Returns 409 Conflict if settings already exist. Use PATCH to update existing settings.
    ///
    /// `POST /suggested-entitlement-descriptions/v1/auto-write-settings` (`createAutoWriteSettingsV1`)
    #[inline]
    pub fn create_auto_write_settings_v1(
        &self,
        autowritesetting: models::Autowritesetting,
    ) -> CreateAutoWriteSettingsV1 {
        CreateAutoWriteSettingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            autowritesetting,
        }
    }

    /// Update auto-write settings for SED
    ///
    /// Partially update the auto-write settings for a tenant using JSON Patch operations. Only the "replace" operation is supported. Returns 404 if no settings exist yet - use POST to create them first.
    ///
    /// `PATCH /suggested-entitlement-descriptions/v1/auto-write-settings` (`updateAutoWriteSettingsV1`)
    #[inline]
    pub fn update_auto_write_settings_v1(
        &self,
        autowritesettingpatch: Vec<models::Autowritesettingpatch>,
    ) -> UpdateAutoWriteSettingsV1 {
        UpdateAutoWriteSettingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            autowritesettingpatch,
        }
    }

    /// List pending entitlement recommendation approvals
    ///
    /// Returns a list of entitlement recommendations (SED and/or privilege) that are currently awaiting review or approval. Each record includes the recommendation type, entitlement details, and any AI-generated suggestions.
    ///
    /// `GET /entitlement-recommendations/v1/pending-approvals` (`listPendingEntitlementRecommendationApprovalsV1`)
    #[inline]
    pub fn list_pending_entitlement_recommendation_approvals_v1(
        &self,
    ) -> ListPendingEntitlementRecommendationApprovalsV1 {
        ListPendingEntitlementRecommendationApprovalsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List privileged entitlement recommendations
    ///
    /// Returns a list of privileged entitlement recommendation groups. Each group aggregates individual entitlement instances that share the same entitlement name and connector type, along with a recommendation score and instance count.
    ///
    /// `GET /privileged-recommendations/v1` (`listPrivilegedEntitlementRecommendationsV1`)
    #[inline]
    pub fn list_privileged_entitlement_recommendations_v1(
        &self,
    ) -> ListPrivilegedEntitlementRecommendationsV1 {
        ListPrivilegedEntitlementRecommendationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Bulk approve entitlement recommendations
    ///
    /// Approve multiple entitlement recommendations in a single request. Each item in the request must include the recommendation ID and, depending on the record type, either an approved description (SED items) or an approved privilege level (privilege items). Returns a per-item result indicating success or failure.
    ///
    /// `POST /entitlement-recommendations/v1/bulk-approve` (`approveBulkEntitlementRecommendationsV1`)
    #[inline]
    pub fn approve_bulk_entitlement_recommendations_v1(
        &self,
        bulkapproveentitlementrecommendationrequest: models::Bulkapproveentitlementrecommendationrequest,
    ) -> ApproveBulkEntitlementRecommendationsV1 {
        ApproveBulkEntitlementRecommendationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkapproveentitlementrecommendationrequest,
        }
    }

    /// Assign entitlement recommendations for review
    ///
    /// Assign a set of entitlement recommendation records to a reviewer. The assignee can be a specific identity, a governance group, or a role-based assignee such as source owner or entitlement owner. Returns a batch ID that can be used to track the assignment.
    ///
    /// `POST /entitlement-recommendations/v1/assign` (`submitEntitlementRecommendationsAssignmentV1`)
    #[inline]
    pub fn submit_entitlement_recommendations_assignment_v1(
        &self,
        entitlementrecommendationassignrequest: models::Entitlementrecommendationassignrequest,
    ) -> SubmitEntitlementRecommendationsAssignmentV1 {
        SubmitEntitlementRecommendationsAssignmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlementrecommendationassignrequest,
        }
    }

    /// Update an entitlement recommendation
    ///
    /// Partially update a single entitlement recommendation record by its ID. Use this endpoint to update the status, description, or privilege level of a specific SED or privilege recommendation.
    ///
    /// `PATCH /entitlement-recommendations/v1/{id}` (`patchEntitlementRecommendationV1`)
    #[inline]
    pub fn patch_entitlement_recommendation_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchEntitlementRecommendationV1 {
        PatchEntitlementRecommendationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Submit sed batch stats request
    ///
    /// 'Submit Sed Batch Stats Request.
    ///
    ///  Submits batchId in the path param `(e.g. {batchId}/stats)`. API responses with stats
    ///  of the batchId.'
    ///
    /// `GET /suggested-entitlement-description-batches/v1/{batchId}/stats` (`getSedBatchStatsV1`)
    #[inline]
    pub fn get_sed_batch_stats_v1(
        &self,
        batch_id: impl Into<String>,
    ) -> GetSedBatchStatsV1 {
        GetSedBatchStatsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            batch_id: batch_id.into(),
        }
    }

    /// List Sed Batch Record
    ///
    /// List Sed Batches.
    /// API responses with Sed Batch Records
    ///
    /// `GET /suggested-entitlement-description-batches/v1` (`getSedBatchesV1`)
    #[inline]
    pub fn get_sed_batches_v1(&self) -> GetSedBatchesV1 {
        GetSedBatchesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            count_only: None,
            status: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Submit sed batch request
    ///
    /// Submit Sed Batch Request.
    /// Request body has one of the following: - a list of entitlement Ids - a list of SED Ids that user wants to have description generated by LLM.  API responses with batchId that groups Ids together
    ///
    /// `POST /suggested-entitlement-description-batches/v1` (`submitSedBatchRequestV1`)
    #[inline]
    pub fn submit_sed_batch_request_v1(&self) -> SubmitSedBatchRequestV1 {
        SubmitSedBatchRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sedbatchrequest: None,
        }
    }

    /// Submit bulk approval request
    ///
    /// Submit Bulk Approval Request for SED.
    /// Request body takes list of SED Ids. API responses with list of SED Approval Status
    ///
    /// `POST /suggested-entitlement-description-approvals/v1` (`submitSedApprovalV1`)
    #[inline]
    pub fn submit_sed_approval_v1(
        &self,
        sedapproval: Vec<models::Sedapproval>,
    ) -> SubmitSedApprovalV1 {
        SubmitSedApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sedapproval,
        }
    }

    /// Submit sed assignment request
    ///
    /// Submit Assignment Request.
    /// Request body has an assignee, and list of SED Ids that are assigned to that assignee API responses with batchId that groups all approval requests together
    ///
    /// `POST /suggested-entitlement-description-assignments/v1` (`submitSedAssignmentV1`)
    #[inline]
    pub fn submit_sed_assignment_v1(
        &self,
        sedassignment: models::Sedassignment,
    ) -> SubmitSedAssignmentV1 {
        SubmitSedAssignmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sedassignment,
        }
    }

    /// List suggested entitlement descriptions
    ///
    /// List of Suggested Entitlement Descriptions (SED)
    ///
    /// SED field descriptions:
    ///
    /// **batchId**: the ID of the batch of entitlements that are submitted for description generation
    ///
    /// **displayName**: the display name of the entitlement that we are generating a description for
    ///
    /// **sourceName**: the name of the source associated with the entitlement that we are generating the description for
    ///
    /// **sourceId**: the ID of the source associated with the entitlement that we are generating the description for
    ///
    /// **status**: the status of the suggested entitlement description, valid status options: "requested", "suggested", "not_suggested", "failed", "assigned", "approved", "denied"
    ///
    /// **fullText**: will filter suggested entitlement description records by text found in any of the following fields: entitlement name, entitlement display name, suggested description, source name
    ///
    /// `GET /suggested-entitlement-descriptions/v1` (`listSedsV1`)
    #[inline]
    pub fn list_seds_v1(&self) -> ListSedsV1 {
        ListSedsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            count_only: None,
            requested_by_anyone: None,
            show_pending_status_only: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Patch suggested entitlement description
    ///
    /// Patch Suggested Entitlement Description
    ///
    /// `PATCH /suggested-entitlement-descriptions/v1` (`patchSedV1`)
    #[inline]
    pub fn patch_sed_v1(&self, sedpatch: Vec<models::Sedpatch>) -> PatchSedV1 {
        PatchSedV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sedpatch,
        }
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::get_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::get_auto_write_settings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAutoWriteSettingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::get_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::get_auto_write_settings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAutoWriteSettingsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAutoWriteSettingsV1 {
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

    /// Sends the request: `GET /suggested-entitlement-descriptions/v1/auto-write-settings`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Autowritesettingresponse,
            crate::SdkError<GetAutoWriteSettingsV1Error>,
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
            crate::Response<models::Autowritesettingresponse>,
            crate::SdkError<GetAutoWriteSettingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAutoWriteSettingsV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-descriptions/v1/auto-write-settings";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::create_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::create_auto_write_settings_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAutoWriteSettingsV1Error {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Errorresponsedto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::Errorresponsedto),
    /// 409: Conflict - Indicates that the request could not be processed because of conflict in the current state of the resource.
    Conflict(models::ApisError409Response2),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateAutoWriteSettingsV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateAutoWriteSettingsV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateAutoWriteSettingsV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateAutoWriteSettingsV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                409 if !empty => {
                    CreateAutoWriteSettingsV1Error::Conflict(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateAutoWriteSettingsV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateAutoWriteSettingsV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateAutoWriteSettingsV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateAutoWriteSettingsV1Error::Other
    }
}

/// The request of [`SuggestedEntitlementDescriptionApi::create_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::create_auto_write_settings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAutoWriteSettingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    autowritesetting: models::Autowritesetting,
}

impl CreateAutoWriteSettingsV1 {
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

    /// Sends the request: `POST /suggested-entitlement-descriptions/v1/auto-write-settings`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Autowritesettingresponse,
            crate::SdkError<CreateAutoWriteSettingsV1Error>,
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
            crate::Response<models::Autowritesettingresponse>,
            crate::SdkError<CreateAutoWriteSettingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAutoWriteSettingsV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-descriptions/v1/auto-write-settings";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.autowritesetting;
                    request = crate::request::with_json(
                        "createAutoWriteSettingsV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::update_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::update_auto_write_settings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAutoWriteSettingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::update_auto_write_settings_v1`](SuggestedEntitlementDescriptionApi::update_auto_write_settings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAutoWriteSettingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    autowritesettingpatch: Vec<models::Autowritesettingpatch>,
}

impl UpdateAutoWriteSettingsV1 {
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

    /// Sends the request: `PATCH /suggested-entitlement-descriptions/v1/auto-write-settings`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Autowritesettingresponse,
            crate::SdkError<UpdateAutoWriteSettingsV1Error>,
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
            crate::Response<models::Autowritesettingresponse>,
            crate::SdkError<UpdateAutoWriteSettingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAutoWriteSettingsV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-descriptions/v1/auto-write-settings";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.autowritesettingpatch;
                    request = crate::request::with_json(
                        "updateAutoWriteSettingsV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::list_pending_entitlement_recommendation_approvals_v1`](SuggestedEntitlementDescriptionApi::list_pending_entitlement_recommendation_approvals_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListPendingEntitlementRecommendationApprovalsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::list_pending_entitlement_recommendation_approvals_v1`](SuggestedEntitlementDescriptionApi::list_pending_entitlement_recommendation_approvals_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPendingEntitlementRecommendationApprovalsV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListPendingEntitlementRecommendationApprovalsV1 {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `GET /entitlement-recommendations/v1/pending-approvals`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlementrecommendationrecord>,
            crate::SdkError<ListPendingEntitlementRecommendationApprovalsV1Error>,
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
            crate::Page<models::Entitlementrecommendationrecord>,
            crate::SdkError<ListPendingEntitlementRecommendationApprovalsV1Error>,
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
            models::Entitlementrecommendationrecord,
            crate::SdkError<ListPendingEntitlementRecommendationApprovalsV1Error>,
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
            crate::Response<Vec<models::Entitlementrecommendationrecord>>,
            crate::SdkError<ListPendingEntitlementRecommendationApprovalsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPendingEntitlementRecommendationApprovalsV1",
            self.options,
            move |client| {
                let path = "/entitlement-recommendations/v1/pending-approvals";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::list_privileged_entitlement_recommendations_v1`](SuggestedEntitlementDescriptionApi::list_privileged_entitlement_recommendations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListPrivilegedEntitlementRecommendationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::list_privileged_entitlement_recommendations_v1`](SuggestedEntitlementDescriptionApi::list_privileged_entitlement_recommendations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPrivilegedEntitlementRecommendationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListPrivilegedEntitlementRecommendationsV1 {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Sends the request: `GET /privileged-recommendations/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Privilegedrecommendationgroup>,
            crate::SdkError<ListPrivilegedEntitlementRecommendationsV1Error>,
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
            crate::Page<models::Privilegedrecommendationgroup>,
            crate::SdkError<ListPrivilegedEntitlementRecommendationsV1Error>,
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
            models::Privilegedrecommendationgroup,
            crate::SdkError<ListPrivilegedEntitlementRecommendationsV1Error>,
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
            crate::Response<Vec<models::Privilegedrecommendationgroup>>,
            crate::SdkError<ListPrivilegedEntitlementRecommendationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPrivilegedEntitlementRecommendationsV1",
            self.options,
            move |client| {
                let path = "/privileged-recommendations/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::approve_bulk_entitlement_recommendations_v1`](SuggestedEntitlementDescriptionApi::approve_bulk_entitlement_recommendations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ApproveBulkEntitlementRecommendationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::approve_bulk_entitlement_recommendations_v1`](SuggestedEntitlementDescriptionApi::approve_bulk_entitlement_recommendations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveBulkEntitlementRecommendationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkapproveentitlementrecommendationrequest: models::Bulkapproveentitlementrecommendationrequest,
}

impl ApproveBulkEntitlementRecommendationsV1 {
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

    /// Sends the request: `POST /entitlement-recommendations/v1/bulk-approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Bulkapproveentitlementrecommendationresult>,
            crate::SdkError<ApproveBulkEntitlementRecommendationsV1Error>,
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
            crate::Response<Vec<models::Bulkapproveentitlementrecommendationresult>>,
            crate::SdkError<ApproveBulkEntitlementRecommendationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveBulkEntitlementRecommendationsV1",
            self.options,
            move |client| {
                let path = "/entitlement-recommendations/v1/bulk-approve";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkapproveentitlementrecommendationrequest;
                    request = crate::request::with_json(
                        "approveBulkEntitlementRecommendationsV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::submit_entitlement_recommendations_assignment_v1`](SuggestedEntitlementDescriptionApi::submit_entitlement_recommendations_assignment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SubmitEntitlementRecommendationsAssignmentV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::submit_entitlement_recommendations_assignment_v1`](SuggestedEntitlementDescriptionApi::submit_entitlement_recommendations_assignment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitEntitlementRecommendationsAssignmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlementrecommendationassignrequest: models::Entitlementrecommendationassignrequest,
}

impl SubmitEntitlementRecommendationsAssignmentV1 {
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

    /// Sends the request: `POST /entitlement-recommendations/v1/assign`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Entitlementrecommendationassignresult,
            crate::SdkError<SubmitEntitlementRecommendationsAssignmentV1Error>,
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
            crate::Response<models::Entitlementrecommendationassignresult>,
            crate::SdkError<SubmitEntitlementRecommendationsAssignmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitEntitlementRecommendationsAssignmentV1",
            self.options,
            move |client| {
                let path = "/entitlement-recommendations/v1/assign";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlementrecommendationassignrequest;
                    request = crate::request::with_json(
                        "submitEntitlementRecommendationsAssignmentV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::patch_entitlement_recommendation_v1`](SuggestedEntitlementDescriptionApi::patch_entitlement_recommendation_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchEntitlementRecommendationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::patch_entitlement_recommendation_v1`](SuggestedEntitlementDescriptionApi::patch_entitlement_recommendation_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchEntitlementRecommendationV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchEntitlementRecommendationV1 {
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

    /// Sends the request: `PATCH /entitlement-recommendations/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Entitlementrecommendationrecord,
            crate::SdkError<PatchEntitlementRecommendationV1Error>,
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
            crate::Response<models::Entitlementrecommendationrecord>,
            crate::SdkError<PatchEntitlementRecommendationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchEntitlementRecommendationV1",
            self.options,
            move |client| {
                let path = [
                    "/entitlement-recommendations/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchEntitlementRecommendationV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::get_sed_batch_stats_v1`](SuggestedEntitlementDescriptionApi::get_sed_batch_stats_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSedBatchStatsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::get_sed_batch_stats_v1`](SuggestedEntitlementDescriptionApi::get_sed_batch_stats_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSedBatchStatsV1 {
    client: crate::Client,
    options: crate::request::Options,
    batch_id: String,
}

impl GetSedBatchStatsV1 {
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

    /// Sends the request: `GET /suggested-entitlement-description-batches/v1/{batchId}/stats`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sedbatchstats, crate::SdkError<GetSedBatchStatsV1Error>>,
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
            crate::Response<models::Sedbatchstats>,
            crate::SdkError<GetSedBatchStatsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSedBatchStatsV1",
            self.options,
            move |client| {
                let path = [
                    "/suggested-entitlement-description-batches/v1/",
                    &crate::request::path_segment(&self.batch_id),
                    "/stats",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::get_sed_batches_v1`](SuggestedEntitlementDescriptionApi::get_sed_batches_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSedBatchesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::get_sed_batches_v1`](SuggestedEntitlementDescriptionApi::get_sed_batches_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSedBatchesV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    count: Option<bool>,
    count_only: Option<bool>,
    status: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetSedBatchesV1 {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// Since requesting a total count can have a performance impact, it is recommended not to send `count=true` if that value will not be used.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// This parameter differs from the count parameter in that this one skips executing the actual query and always return an empty array.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count_only(mut self, count_only: bool) -> Self {
        self.count_only = Some(count_only);
        self
    }

    /// Batch Status
    #[inline]
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
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

    /// Sends the request: `GET /suggested-entitlement-description-batches/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sedbatchrecord>,
            crate::SdkError<GetSedBatchesV1Error>,
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
            crate::Page<models::Sedbatchrecord>,
            crate::SdkError<GetSedBatchesV1Error>,
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
        Item = Result<models::Sedbatchrecord, crate::SdkError<GetSedBatchesV1Error>>,
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
                request.offset = Some(offset);
                request.limit = Some(limit);
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
            crate::Response<Vec<models::Sedbatchrecord>>,
            crate::SdkError<GetSedBatchesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSedBatchesV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-description-batches/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.count_only {
                    query.push(("count-only", value.to_string()));
                }
                if let Some(value) = &self.status {
                    query.push(("status", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::submit_sed_batch_request_v1`](SuggestedEntitlementDescriptionApi::submit_sed_batch_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitSedBatchRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::submit_sed_batch_request_v1`](SuggestedEntitlementDescriptionApi::submit_sed_batch_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitSedBatchRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    sedbatchrequest: Option<models::Sedbatchrequest>,
}

impl SubmitSedBatchRequestV1 {
    /// Sed Batch Request
    #[inline]
    pub fn sedbatchrequest(mut self, sedbatchrequest: models::Sedbatchrequest) -> Self {
        self.sedbatchrequest = Some(sedbatchrequest);
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

    /// Sends the request: `POST /suggested-entitlement-description-batches/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sedbatchresponse,
            crate::SdkError<SubmitSedBatchRequestV1Error>,
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
            crate::Response<models::Sedbatchresponse>,
            crate::SdkError<SubmitSedBatchRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitSedBatchRequestV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-description-batches/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.sedbatchrequest {
                    request = crate::request::with_json(
                        "submitSedBatchRequestV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::submit_sed_approval_v1`](SuggestedEntitlementDescriptionApi::submit_sed_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitSedApprovalV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::submit_sed_approval_v1`](SuggestedEntitlementDescriptionApi::submit_sed_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitSedApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    sedapproval: Vec<models::Sedapproval>,
}

impl SubmitSedApprovalV1 {
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

    /// Sends the request: `POST /suggested-entitlement-description-approvals/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sedapprovalstatus>,
            crate::SdkError<SubmitSedApprovalV1Error>,
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
            crate::Response<Vec<models::Sedapprovalstatus>>,
            crate::SdkError<SubmitSedApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitSedApprovalV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-description-approvals/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sedapproval;
                    request = crate::request::with_json(
                        "submitSedApprovalV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::submit_sed_assignment_v1`](SuggestedEntitlementDescriptionApi::submit_sed_assignment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitSedAssignmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::submit_sed_assignment_v1`](SuggestedEntitlementDescriptionApi::submit_sed_assignment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitSedAssignmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    sedassignment: models::Sedassignment,
}

impl SubmitSedAssignmentV1 {
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

    /// Sends the request: `POST /suggested-entitlement-description-assignments/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sedassignmentresponse,
            crate::SdkError<SubmitSedAssignmentV1Error>,
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
            crate::Response<models::Sedassignmentresponse>,
            crate::SdkError<SubmitSedAssignmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitSedAssignmentV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-description-assignments/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sedassignment;
                    request = crate::request::with_json(
                        "submitSedAssignmentV1",
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

/// The error statuses of [`SuggestedEntitlementDescriptionApi::list_seds_v1`](SuggestedEntitlementDescriptionApi::list_seds_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListSedsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::list_seds_v1`](SuggestedEntitlementDescriptionApi::list_seds_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSedsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    count_only: Option<bool>,
    requested_by_anyone: Option<bool>,
    show_pending_status_only: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListSedsV1 {
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
    /// **batchId**: *eq, ne*
    ///
    /// **displayName**: *eq, ne, co*
    ///
    /// **sourceName**: *eq, ne, co*
    ///
    /// **sourceId**: *eq, ne*
    ///
    /// **status**: *eq, ne*
    ///
    /// **fullText**: *co*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName, sourceName, status**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// This parameter differs from the count parameter in that this one skips executing the actual query and always return an empty array.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count_only(mut self, count_only: bool) -> Self {
        self.count_only = Some(count_only);
        self
    }

    /// By default, the ListSeds API will only return items that you have requested to be generated.
    /// This option will allow you to see all items that have been requested
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn requested_by_anyone(mut self, requested_by_anyone: bool) -> Self {
        self.requested_by_anyone = Some(requested_by_anyone);
        self
    }

    /// Will limit records to items that are in "suggested" or "approved" status
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn show_pending_status_only(mut self, show_pending_status_only: bool) -> Self {
        self.show_pending_status_only = Some(show_pending_status_only);
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

    /// Sends the request: `GET /suggested-entitlement-descriptions/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Sed>, crate::SdkError<ListSedsV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<crate::Page<models::Sed>, crate::SdkError<ListSedsV1Error>>,
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
        Item = Result<models::Sed, crate::SdkError<ListSedsV1Error>>,
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
            crate::Response<Vec<models::Sed>>,
            crate::SdkError<ListSedsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSedsV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-descriptions/v1";
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
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.count_only {
                    query.push(("count-only", value.to_string()));
                }
                if let Some(value) = &self.requested_by_anyone {
                    query.push(("requested-by-anyone", value.to_string()));
                }
                if let Some(value) = &self.show_pending_status_only {
                    query.push(("show-pending-status-only", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SuggestedEntitlementDescriptionApi::patch_sed_v1`](SuggestedEntitlementDescriptionApi::patch_sed_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSedV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SuggestedEntitlementDescriptionApi::patch_sed_v1`](SuggestedEntitlementDescriptionApi::patch_sed_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSedV1 {
    client: crate::Client,
    options: crate::request::Options,
    sedpatch: Vec<models::Sedpatch>,
}

impl PatchSedV1 {
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

    /// Sends the request: `PATCH /suggested-entitlement-descriptions/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Sed, crate::SdkError<PatchSedV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::Sed>, crate::SdkError<PatchSedV1Error>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSedV1",
            self.options,
            move |client| {
                let path = "/suggested-entitlement-descriptions/v1";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sedpatch;
                    request = crate::request::with_json(
                        "patchSedV1",
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
