//! Use this API to implement approval functionality. With this functionality in place, you can get generic approvals and modify them.
//!
//! The main advantages this API has vs [Access Request Approvals](https://developer.sailpoint.com/docs/api/access-request-approvals) are that you can use it to get generic approvals individually or in batches and make changes to those approvals.

use crate::models;

/// The Approvals operations: get them from [`Client::approvals`](crate::Client::approvals).
#[derive(Debug, Clone, Copy)]
pub struct ApprovalsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Approvals operations.
    #[inline]
    pub fn approvals(&self) -> ApprovalsApi<'_> {
        ApprovalsApi { client: self }
    }
}

impl<'a> ApprovalsApi<'a> {
    /// Get approvals
    ///
    /// Gets a list of approvals.
    ///
    /// One of the following query parameters should be present: 'mine', 'approverId', 'requesterId', 'requesteeId'.
    ///
    /// The absence of all query parameters for non admins will default to mine=true (which is the equivalent of 'approverId=\[your_identity_id\]')
    /// while admins will default to mine=false (which will show all approvals in the org).
    ///
    /// For lookups by access request ID please use the following:
    ///
    /// '/generic-approvals?mine=false&filters=referenceType+eq+"accessRequestId"+and+referenceId+eq+"12345678901234567890123456789012"'
    ///
    /// `GET /generic-approvals/v1` (`getApprovalsV1`)
    #[inline]
    pub fn get_approvals_v1(&self) -> GetApprovalsV1 {
        GetApprovalsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            mine: None,
            requester_id: None,
            requestee_id: None,
            approver_id: None,
            count: None,
            count_only: None,
            include_comments: None,
            include_approvers: None,
            include_reassignment_history: None,
            include_batch_info: None,
            filters: None,
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get an approval
    ///
    /// Fetches an approval request by it's approval ID. For lookups by access request ID please use the following:
    /// /generic-approvals?filters=referenceType+eq+"accessRequestId"+and+referenceId+eq+"12345678901234567890123456789012"
    ///
    /// `GET /generic-approvals/v1/{id}` (`getApprovalV1`)
    #[inline]
    pub fn get_approval_v1(&self, id: impl Into<String>) -> GetApprovalV1 {
        GetApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Post Approvals Approve
    ///
    /// Approves a specified approval request on behalf of the caller. The approval request must be in a state that allows it to be approved. This endpoint does not support access request IDs.
    /// If called by an admin and the admin is not listed as an approver, the approval request will be reassigned from a random approver to the admin user.
    ///
    /// `POST /generic-approvals/v1/{id}/approve` (`approveApprovalV1`)
    #[inline]
    pub fn approve_approval_v1(&self, id: impl Into<String>) -> ApproveApprovalV1 {
        ApproveApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalapproverequest: None,
        }
    }

    /// Post Approvals Attributes
    ///
    /// Allows for the edit/addition/removal of the key/value pair additional attributes map for an existing approval request. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/v1/{id}/attributes` (`updateApprovalsAttributesV1`)
    #[inline]
    pub fn update_approvals_attributes_v1(
        &self,
        id: impl Into<String>,
        approvalattributesrequest: models::Approvalattributesrequest,
    ) -> UpdateApprovalsAttributesV1 {
        UpdateApprovalsAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalattributesrequest,
        }
    }

    /// Post Approvals Comments
    ///
    /// Adds comments to a specified approval request. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/v1/{id}/comments` (`updateApprovalsCommentsV1`)
    #[inline]
    pub fn update_approvals_comments_v1(
        &self,
        id: impl Into<String>,
        approvalcommentsrequest: models::Approvalcommentsrequest,
    ) -> UpdateApprovalsCommentsV1 {
        UpdateApprovalsCommentsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalcommentsrequest,
        }
    }

    /// Post Approvals Reassign
    ///
    /// Reassigns an approval request to another identity resulting in that identity being added as an authorized approver. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/v1/{id}/reassign` (`updateApprovalsReassignV1`)
    #[inline]
    pub fn update_approvals_reassign_v1(
        &self,
        id: impl Into<String>,
        approvalreassignrequest: models::Approvalreassignrequest,
    ) -> UpdateApprovalsReassignV1 {
        UpdateApprovalsReassignV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalreassignrequest,
        }
    }

    /// Post Approvals Reject
    ///
    /// Rejects a specified approval request on behalf of the caller. This endpoint does not support access request IDs.
    /// If called by an admin and the admin is not listed as an approver, the approval request will be reassigned from a random approver to the admin user and approved.
    ///
    /// `POST /generic-approvals/v1/{id}/reject` (`rejectApprovalV1`)
    #[inline]
    pub fn reject_approval_v1(&self, id: impl Into<String>) -> RejectApprovalV1 {
        RejectApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalrejectrequest: None,
        }
    }

    /// Post Approval Cancel
    ///
    /// Cancels a specified approval requests on behalf of the caller.
    /// Note: This endpoint does not support access request IDs. To cancel access request approvals, please use the following:
    /// /access-requests/cancel
    ///
    /// `POST /generic-approvals/v1/{id}/cancel` (`cancelApprovalByIdV1`)
    #[inline]
    pub fn cancel_approval_by_id_v1(
        &self,
        id: impl Into<String>,
    ) -> CancelApprovalByIdV1 {
        CancelApprovalByIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            approvalcancelrequest: None,
        }
    }

    /// Get Approval Config
    ///
    /// Retrieves a singular approval configuration that matches the given ID
    ///
    /// `GET /generic-approvals/v1/config/{id}` (`getApprovalsConfigV1`)
    #[inline]
    pub fn get_approvals_config_v1(
        &self,
        id: impl Into<String>,
    ) -> GetApprovalsConfigV1 {
        GetApprovalsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Put Approval Config
    ///
    /// Upserts a singular approval configuration that matches the given configID and configScope.
    /// For example to update the approval configurations for all Access Request Approvals please use: '/generic-approvals/config/ACCESS_REQUEST_APPROVAL/APPROVAL_TYPE'
    ///
    /// `PUT /generic-approvals/v1/config/{id}/{scope}` (`putApprovalsConfigV1`)
    #[inline]
    pub fn put_approvals_config_v1(
        &self,
        id: impl Into<String>,
        scope: models::PutApprovalsConfigV1Scope,
        approvalconfig: models::Approvalconfig,
    ) -> PutApprovalsConfigV1 {
        PutApprovalsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            scope,
            approvalconfig,
        }
    }

    /// Delete Approval Configuration
    ///
    /// Deletes an approval configuration.
    /// Configurations at the APPROVAL_REQUEST scope cannot be deleted.
    ///
    /// `DELETE /generic-approvals/v1/config/{id}/{scope}` (`deleteApprovalConfigRequestV1`)
    #[inline]
    pub fn delete_approval_config_request_v1(
        &self,
        id: impl Into<String>,
        scope: models::DeleteApprovalConfigRequestV1Scope,
    ) -> DeleteApprovalConfigRequestV1 {
        DeleteApprovalConfigRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            scope,
        }
    }

    /// Post Bulk Approve Approvals
    ///
    /// Bulk Approves specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/v1/bulk-approve` (`approveApprovalInBulkV1`)
    #[inline]
    pub fn approve_approval_in_bulk_v1(
        &self,
        bulkapproverequestdto: models::Bulkapproverequestdto,
    ) -> ApproveApprovalInBulkV1 {
        ApproveApprovalInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkapproverequestdto,
        }
    }

    /// Post Bulk Reject Approvals
    ///
    /// Bulk reject specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/v1/bulk-reject` (`rejectApprovalInBulkV1`)
    #[inline]
    pub fn reject_approval_in_bulk_v1(
        &self,
        bulkrejectrequestdto: models::Bulkrejectrequestdto,
    ) -> RejectApprovalInBulkV1 {
        RejectApprovalInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkrejectrequestdto,
        }
    }

    /// Post Bulk Cancel Approvals
    ///
    /// Bulk cancels specified approval requests on behalf of the caller.
    /// Note: To bulk cancel access request approvals, please use the following:
    /// /access-requests/bulk-cancel
    ///
    /// `POST /generic-approvals/v1/bulk-cancel` (`cancelApprovalV1`)
    #[inline]
    pub fn cancel_approval_v1(
        &self,
        bulkcancelrequestdto: models::Bulkcancelrequestdto,
    ) -> CancelApprovalV1 {
        CancelApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkcancelrequestdto,
        }
    }

    /// Post Bulk Reassign Approvals
    ///
    /// Bulk reassigns specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/v1/bulk-reassign` (`moveApprovalV1`)
    #[inline]
    pub fn move_approval_v1(
        &self,
        bulkreassignrequestdto: models::Bulkreassignrequestdto,
    ) -> MoveApprovalV1 {
        MoveApprovalV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkreassignrequestdto,
        }
    }
}

/// The error statuses of [`ApprovalsApi::get_approvals_v1`](ApprovalsApi::get_approvals_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetApprovalsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApprovalsApi::get_approvals_v1`](ApprovalsApi::get_approvals_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetApprovalsV1 {
    client: crate::Client,
    options: crate::request::Options,
    mine: Option<bool>,
    requester_id: Option<String>,
    requestee_id: Option<String>,
    approver_id: Option<String>,
    count: Option<bool>,
    count_only: Option<bool>,
    include_comments: Option<bool>,
    include_approvers: Option<bool>,
    include_reassignment_history: Option<bool>,
    include_batch_info: Option<bool>,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetApprovalsV1 {
    /// Determines whether to return the list of approvals assigned to the current caller or all approvals in the org. Defaults to false if admin, true otherwise (which is the equivalent of 'approverId=\[your_identity_id\]').
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn mine(mut self, mine: bool) -> Self {
        self.mine = Some(mine);
        self
    }

    /// Returns the list of approvals for a given requester ID. Must match the calling user's identity ID unless they are an admin.
    #[inline]
    pub fn requester_id(mut self, requester_id: impl Into<String>) -> Self {
        self.requester_id = Some(requester_id.into());
        self
    }

    /// Returns the list of approvals for a given requesteeId ID. Must match the calling user's identity ID unless they are an admin.
    #[inline]
    pub fn requestee_id(mut self, requestee_id: impl Into<String>) -> Self {
        self.requestee_id = Some(requestee_id.into());
        self
    }

    /// Returns the list of approvals for a given approverId ID. Must match the calling user's identity ID unless they are an admin.
    #[inline]
    pub fn approver_id(mut self, approver_id: impl Into<String>) -> Self {
        self.approver_id = Some(approver_id.into());
        self
    }

    /// Adds X-Total-Count to the header to give the amount of total approvals returned from the query.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Adds X-Total-Count to the header to give the amount of total approvals returned from the query. Only returns the count and no approval objects.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count_only(mut self, count_only: bool) -> Self {
        self.count_only = Some(count_only);
        self
    }

    /// If set to true in the query, the approval requests returned will include comments.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_comments(mut self, include_comments: bool) -> Self {
        self.include_comments = Some(include_comments);
        self
    }

    /// If set to true in the query, the approval requests returned will include approvers.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_approvers(mut self, include_approvers: bool) -> Self {
        self.include_approvers = Some(include_approvers);
        self
    }

    /// If set to true in the query, the approval requests returned will include reassignment history.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_reassignment_history(
        mut self,
        include_reassignment_history: bool,
    ) -> Self {
        self.include_reassignment_history = Some(include_reassignment_history);
        self
    }

    /// If set to true in the query, the approval requests returned will include batch information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_batch_info(mut self, include_batch_info: bool) -> Self {
        self.include_batch_info = Some(include_batch_info);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq, ne, in, co, sw*
    ///
    /// **name**: *eq, ne, in, co, sw*
    ///
    /// **priority**: *eq, ne, in, co, sw*
    ///
    /// **type**: *eq, ne, in, co, sw*
    ///
    /// **medium**: *eq, ne, in, co, sw*
    ///
    /// **description**: *eq, ne, in, co, sw*
    ///
    /// **batchId**: *eq, ne, in, co, sw*
    ///
    /// **createdDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **dueDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **completedDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **search**: *eq, ne, in, co, sw*
    ///
    /// **referenceId**: *eq, ne, in, co, sw*
    ///
    /// **referenceType**: *eq, ne, in, co, sw*
    ///
    /// **referenceName**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetId**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetType**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetName**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetRequestType**: *eq, ne, in, co, sw*
    ///
    /// **modifiedDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **decisionDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **approvalId**: *eq, ne, in, co, sw*
    ///
    /// **requesterId**: *eq, ne, in, co, sw*
    ///
    /// **requesteeId**: *eq, ne, in, co, sw*
    ///
    /// **approverId**: *eq, ne, in, co, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /generic-approvals/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Approval2>, crate::SdkError<GetApprovalsV1Error>>,
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
            crate::Page<models::Approval2>,
            crate::SdkError<GetApprovalsV1Error>,
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
        Item = Result<models::Approval2, crate::SdkError<GetApprovalsV1Error>>,
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
            crate::Response<Vec<models::Approval2>>,
            crate::SdkError<GetApprovalsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getApprovalsV1",
            self.options,
            move |client| {
                let path = "/generic-approvals/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.mine {
                    query.push(("mine", value.to_string()));
                }
                if let Some(value) = &self.requester_id {
                    query.push(("requesterId", value.clone()));
                }
                if let Some(value) = &self.requestee_id {
                    query.push(("requesteeId", value.clone()));
                }
                if let Some(value) = &self.approver_id {
                    query.push(("approverId", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.count_only {
                    query.push(("count-only", value.to_string()));
                }
                if let Some(value) = &self.include_comments {
                    query.push(("include-comments", value.to_string()));
                }
                if let Some(value) = &self.include_approvers {
                    query.push(("include-approvers", value.to_string()));
                }
                if let Some(value) = &self.include_reassignment_history {
                    query.push(("include-reassignment-history", value.to_string()));
                }
                if let Some(value) = &self.include_batch_info {
                    query.push(("include-batch-info", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
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

/// The error statuses of [`ApprovalsApi::get_approval_v1`](ApprovalsApi::get_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetApprovalV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApprovalsApi::get_approval_v1`](ApprovalsApi::get_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetApprovalV1 {
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

    /// Sends the request: `GET /generic-approvals/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Approval2, crate::SdkError<GetApprovalV1Error>>,
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
            crate::Response<models::Approval2>,
            crate::SdkError<GetApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getApprovalV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
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

/// The error statuses of [`ApprovalsApi::approve_approval_v1`](ApprovalsApi::approve_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::approve_approval_v1`](ApprovalsApi::approve_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalapproverequest: Option<models::Approvalapproverequest>,
}

impl ApproveApprovalV1 {
    /// The request body.
    #[inline]
    pub fn approvalapproverequest(
        mut self,
        approvalapproverequest: models::Approvalapproverequest,
    ) -> Self {
        self.approvalapproverequest = Some(approvalapproverequest);
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Approval2, crate::SdkError<ApproveApprovalV1Error>>,
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
            crate::Response<models::Approval2>,
            crate::SdkError<ApproveApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/approve",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.approvalapproverequest {
                    request = crate::request::with_json(
                        "approveApprovalV1",
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

/// The error statuses of [`ApprovalsApi::update_approvals_attributes_v1`](ApprovalsApi::update_approvals_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateApprovalsAttributesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::update_approvals_attributes_v1`](ApprovalsApi::update_approvals_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateApprovalsAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalattributesrequest: models::Approvalattributesrequest,
}

impl UpdateApprovalsAttributesV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Approval2,
            crate::SdkError<UpdateApprovalsAttributesV1Error>,
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
            crate::Response<models::Approval2>,
            crate::SdkError<UpdateApprovalsAttributesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateApprovalsAttributesV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.approvalattributesrequest;
                    request = crate::request::with_json(
                        "updateApprovalsAttributesV1",
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

/// The error statuses of [`ApprovalsApi::update_approvals_comments_v1`](ApprovalsApi::update_approvals_comments_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateApprovalsCommentsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::update_approvals_comments_v1`](ApprovalsApi::update_approvals_comments_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateApprovalsCommentsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalcommentsrequest: models::Approvalcommentsrequest,
}

impl UpdateApprovalsCommentsV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/comments`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Approval2,
            crate::SdkError<UpdateApprovalsCommentsV1Error>,
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
            crate::Response<models::Approval2>,
            crate::SdkError<UpdateApprovalsCommentsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateApprovalsCommentsV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/comments",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.approvalcommentsrequest;
                    request = crate::request::with_json(
                        "updateApprovalsCommentsV1",
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

/// The error statuses of [`ApprovalsApi::update_approvals_reassign_v1`](ApprovalsApi::update_approvals_reassign_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateApprovalsReassignV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::update_approvals_reassign_v1`](ApprovalsApi::update_approvals_reassign_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateApprovalsReassignV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalreassignrequest: models::Approvalreassignrequest,
}

impl UpdateApprovalsReassignV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/reassign`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UpdateApprovalsReassignV1Error>>,
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
            crate::SdkError<UpdateApprovalsReassignV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateApprovalsReassignV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reassign",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.approvalreassignrequest;
                    request = crate::request::with_json(
                        "updateApprovalsReassignV1",
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

/// The error statuses of [`ApprovalsApi::reject_approval_v1`](ApprovalsApi::reject_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::reject_approval_v1`](ApprovalsApi::reject_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalrejectrequest: Option<models::Approvalrejectrequest>,
}

impl RejectApprovalV1 {
    /// The request body.
    #[inline]
    pub fn approvalrejectrequest(
        mut self,
        approvalrejectrequest: models::Approvalrejectrequest,
    ) -> Self {
        self.approvalrejectrequest = Some(approvalrejectrequest);
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/reject`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<RejectApprovalV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<RejectApprovalV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reject",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                if let Some(value) = &self.approvalrejectrequest {
                    request = crate::request::with_json(
                        "rejectApprovalV1",
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

/// The error statuses of [`ApprovalsApi::cancel_approval_by_id_v1`](ApprovalsApi::cancel_approval_by_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelApprovalByIdV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::cancel_approval_by_id_v1`](ApprovalsApi::cancel_approval_by_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelApprovalByIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    approvalcancelrequest: Option<models::Approvalcancelrequest>,
}

impl CancelApprovalByIdV1 {
    /// The request body.
    #[inline]
    pub fn approvalcancelrequest(
        mut self,
        approvalcancelrequest: models::Approvalcancelrequest,
    ) -> Self {
        self.approvalcancelrequest = Some(approvalcancelrequest);
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

    /// Sends the request: `POST /generic-approvals/v1/{id}/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<CancelApprovalByIdV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<CancelApprovalByIdV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelApprovalByIdV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/",
                    &crate::request::path_segment(&self.id),
                    "/cancel",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                if let Some(value) = &self.approvalcancelrequest {
                    request = crate::request::with_json(
                        "cancelApprovalByIdV1",
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

/// The error statuses of [`ApprovalsApi::get_approvals_config_v1`](ApprovalsApi::get_approvals_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetApprovalsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApprovalsApi::get_approvals_config_v1`](ApprovalsApi::get_approvals_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetApprovalsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetApprovalsConfigV1 {
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

    /// Sends the request: `GET /generic-approvals/v1/config/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Approvalconfig,
            crate::SdkError<GetApprovalsConfigV1Error>,
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
            crate::Response<models::Approvalconfig>,
            crate::SdkError<GetApprovalsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getApprovalsConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/config/",
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

/// The error statuses of [`ApprovalsApi::put_approvals_config_v1`](ApprovalsApi::put_approvals_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutApprovalsConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::put_approvals_config_v1`](ApprovalsApi::put_approvals_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutApprovalsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    scope: models::PutApprovalsConfigV1Scope,
    approvalconfig: models::Approvalconfig,
}

impl PutApprovalsConfigV1 {
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

    /// Sends the request: `PUT /generic-approvals/v1/config/{id}/{scope}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Approvalconfig,
            crate::SdkError<PutApprovalsConfigV1Error>,
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
            crate::Response<models::Approvalconfig>,
            crate::SdkError<PutApprovalsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putApprovalsConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/config/",
                    &crate::request::path_segment(&self.id),
                    "/",
                    &crate::request::path_segment(self.scope.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.approvalconfig;
                    request = crate::request::with_json(
                        "putApprovalsConfigV1",
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

/// The error statuses of [`ApprovalsApi::delete_approval_config_request_v1`](ApprovalsApi::delete_approval_config_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteApprovalConfigRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::delete_approval_config_request_v1`](ApprovalsApi::delete_approval_config_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteApprovalConfigRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    scope: models::DeleteApprovalConfigRequestV1Scope,
}

impl DeleteApprovalConfigRequestV1 {
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

    /// Sends the request: `DELETE /generic-approvals/v1/config/{id}/{scope}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteApprovalConfigRequestV1Error>>,
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
            crate::SdkError<DeleteApprovalConfigRequestV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteApprovalConfigRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/generic-approvals/v1/config/",
                    &crate::request::path_segment(&self.id),
                    "/",
                    &crate::request::path_segment(self.scope.as_str()),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ApprovalsApi::approve_approval_in_bulk_v1`](ApprovalsApi::approve_approval_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveApprovalInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::approve_approval_in_bulk_v1`](ApprovalsApi::approve_approval_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveApprovalInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkapproverequestdto: models::Bulkapproverequestdto,
}

impl ApproveApprovalInBulkV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/bulk-approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<ApproveApprovalInBulkV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<ApproveApprovalInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveApprovalInBulkV1",
            self.options,
            move |client| {
                let path = "/generic-approvals/v1/bulk-approve";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkapproverequestdto;
                    request = crate::request::with_json(
                        "approveApprovalInBulkV1",
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

/// The error statuses of [`ApprovalsApi::reject_approval_in_bulk_v1`](ApprovalsApi::reject_approval_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type RejectApprovalInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::reject_approval_in_bulk_v1`](ApprovalsApi::reject_approval_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectApprovalInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkrejectrequestdto: models::Bulkrejectrequestdto,
}

impl RejectApprovalInBulkV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/bulk-reject`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<RejectApprovalInBulkV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<RejectApprovalInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "rejectApprovalInBulkV1",
            self.options,
            move |client| {
                let path = "/generic-approvals/v1/bulk-reject";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkrejectrequestdto;
                    request = crate::request::with_json(
                        "rejectApprovalInBulkV1",
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

/// The error statuses of [`ApprovalsApi::cancel_approval_v1`](ApprovalsApi::cancel_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelApprovalV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::cancel_approval_v1`](ApprovalsApi::cancel_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkcancelrequestdto: models::Bulkcancelrequestdto,
}

impl CancelApprovalV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/bulk-cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CancelApprovalV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CancelApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelApprovalV1",
            self.options,
            move |client| {
                let path = "/generic-approvals/v1/bulk-cancel";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkcancelrequestdto;
                    request = crate::request::with_json(
                        "cancelApprovalV1",
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

/// The error statuses of [`ApprovalsApi::move_approval_v1`](ApprovalsApi::move_approval_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type MoveApprovalV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ApprovalsApi::move_approval_v1`](ApprovalsApi::move_approval_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct MoveApprovalV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkreassignrequestdto: models::Bulkreassignrequestdto,
}

impl MoveApprovalV1 {
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

    /// Sends the request: `POST /generic-approvals/v1/bulk-reassign`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<MoveApprovalV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<MoveApprovalV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "moveApprovalV1",
            self.options,
            move |client| {
                let path = "/generic-approvals/v1/bulk-reassign";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkreassignrequestdto;
                    request = crate::request::with_json(
                        "moveApprovalV1",
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
