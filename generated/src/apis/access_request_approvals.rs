//! Use this API to implement and customize access request approval functionality.
//! With this functionality in place, administrators can delegate qualified users to review users' requests for access or managers' requests to revoke team members' access to applications, entitlements, or roles.
//! This enables more qualified users to review access requests and the others to spend their time on other tasks.
//!
//! In Identity Security Cloud, users can request access to applications, entitlements, and roles, and managers can request that team members' access be revoked.
//! For applications and entitlements, administrators can set access profiles to require approval from the access profile owner, the application owner, the source owner, the requesting user's manager, or a governance group for access to be granted or revoked.
//! For roles, administrators can also set roles to allow access requests and require approval from the role owner, the requesting user's manager, or a governance group for access to be granted or revoked.
//! If the administrator designates a governance group as the required approver, any governance group member can approve the requests.
//!
//! When a user submits an access request, Identity Security Cloud sends the first required approver in the queue an email notification, based on the access request configuration's approval and reminder escalation configuration.
//!
//! In Approvals in Identity Security Cloud, required approvers can view pending access requests under the Requested tab and approve or deny them, or the approvers can reassign the requests to different reviewers for approval.
//! If the required approver approves the request and is the only reviewer required, Identity Security Cloud grants or revokes access, based on the request.
//! If multiple reviewers are required, Identity Security Cloud sends the request to the next reviewer in the queue, based on the access request configuration's approval reminder and escalation configuration.
//! The required approver can then view any completed access requests under the Reviewed tab.
//!
//! Refer to [Access Requests](https://documentation.sailpoint.com/saas/help/requests/index.html) for more information about access request approvals.

use crate::models;

/// The Access Request Approvals operations: get them from [`Client::access_request_approvals`](crate::Client::access_request_approvals).
#[derive(Debug, Clone, Copy)]
pub struct AccessRequestApprovalsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Access Request Approvals operations.
    pub fn access_request_approvals(&self) -> AccessRequestApprovalsApi<'_> {
        AccessRequestApprovalsApi {
            client: self,
        }
    }
}

impl<'a> AccessRequestApprovalsApi<'a> {
    /// Pending access request approvals list
    ///
    /// This endpoint returns a list of pending approvals. See "owner-id" query parameter below for authorization info.
    ///
    /// `GET /access-request-approvals/pending` (`listPendingApprovals`)
    pub fn list_pending_approvals(&self) -> ListPendingApprovals<'a> {
        ListPendingApprovals {
            client: self.client,
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Completed access request approvals list
    ///
    /// This endpoint returns list of completed approvals. See *owner-id* query parameter below for authorization info.
    ///
    /// `GET /access-request-approvals/completed` (`listCompletedApprovals`)
    pub fn list_completed_approvals(&self) -> ListCompletedApprovals<'a> {
        ListCompletedApprovals {
            client: self.client,
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Approve access request approval
    ///
    /// Use this endpoint to approve an access request approval. Only the owner of the approval and ORG_ADMIN users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/approve` (`approveAccessRequest`)
    pub fn approve_access_request(
        &self,
        approval_id: impl Into<String>,
        comment_dto: models::CommentDto,
    ) -> ApproveAccessRequest<'a> {
        ApproveAccessRequest {
            client: self.client,
            approval_id: approval_id.into(),
            comment_dto,
        }
    }

    /// Reject access request approval
    ///
    /// Use this API to reject an access request approval. Only the owner of the approval and admin users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/reject` (`rejectAccessRequest`)
    pub fn reject_access_request(
        &self,
        approval_id: impl Into<String>,
        comment_dto: models::CommentDto,
    ) -> RejectAccessRequest<'a> {
        RejectAccessRequest {
            client: self.client,
            approval_id: approval_id.into(),
            comment_dto,
        }
    }

    /// Forward access request approval
    ///
    /// Use this API to forward an access request approval to a new owner. Only the owner of the approval and ORG_ADMIN users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/forward` (`forwardAccessRequest`)
    pub fn forward_access_request(
        &self,
        approval_id: impl Into<String>,
        forward_approval_dto: models::ForwardApprovalDto,
    ) -> ForwardAccessRequest<'a> {
        ForwardAccessRequest {
            client: self.client,
            approval_id: approval_id.into(),
            forward_approval_dto,
        }
    }

    /// Get access requests approvals number
    ///
    /// Use this API to return the number of pending, approved and rejected access requests approvals. See the "owner-id" query parameter for authorization information.
    ///
    /// `GET /access-request-approvals/approval-summary` (`getAccessRequestApprovalSummary`)
    pub fn get_access_request_approval_summary(
        &self,
    ) -> GetAccessRequestApprovalSummary<'a> {
        GetAccessRequestApprovalSummary {
            client: self.client,
            owner_id: None,
            from_date: None,
        }
    }
}

/// The request of [`AccessRequestApprovalsApi::list_pending_approvals`](AccessRequestApprovalsApi::list_pending_approvals): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPendingApprovals<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListPendingApprovals<'_> {
    /// If present, the value returns only pending approvals for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN users can also fetch all the approvals in the org, when owner-id is not used.
    ///    * Non-ORG_ADMIN users can only specify *me* or pass their own identity ID value.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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
    /// **id**: *eq, in*
    ///
    /// **requestedFor.id**: *eq, in*
    ///
    /// **modified**: *gt, lt, ge, le, eq, in*
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

    /// Sends the request: `GET /access-request-approvals/pending`.
    pub async fn send(self) -> Result<Vec<models::PendingApproval>, crate::Error> {
        let path = "/access-request-approvals/pending";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("owner-id", value.clone()));
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
        let response = self.client.execute("listPendingApprovals", request).await?;
        crate::request::json("listPendingApprovals", response).await
    }
}

/// The request of [`AccessRequestApprovalsApi::list_completed_approvals`](AccessRequestApprovalsApi::list_completed_approvals): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCompletedApprovals<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListCompletedApprovals<'_> {
    /// If present, the value returns only completed approvals for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN users can also fetch all the approvals in the org, when owner-id is not used.
    ///    * Non-ORG_ADMIN users can only specify *me* or pass their own identity ID value.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
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
    /// **id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **requestedFor.id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **modified**: *gt, lt, ge, le, eq, in, ne, sw*
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

    /// Sends the request: `GET /access-request-approvals/completed`.
    pub async fn send(self) -> Result<Vec<models::CompletedApproval>, crate::Error> {
        let path = "/access-request-approvals/completed";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("owner-id", value.clone()));
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
        let response = self.client.execute("listCompletedApprovals", request).await?;
        crate::request::json("listCompletedApprovals", response).await
    }
}

/// The request of [`AccessRequestApprovalsApi::approve_access_request`](AccessRequestApprovalsApi::approve_access_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveAccessRequest<'a> {
    client: &'a crate::Client,
    approval_id: String,
    comment_dto: models::CommentDto,
}

impl ApproveAccessRequest<'_> {
    /// Sends the request: `POST /access-request-approvals/{approvalId}/approve`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/access-request-approvals/",
            &crate::request::path_segment(&self.approval_id),
            "/approve",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.comment_dto;
            request = crate::request::with_json(
                "approveAccessRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("approveAccessRequest", request).await?;
        crate::request::json("approveAccessRequest", response).await
    }
}

/// The request of [`AccessRequestApprovalsApi::reject_access_request`](AccessRequestApprovalsApi::reject_access_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RejectAccessRequest<'a> {
    client: &'a crate::Client,
    approval_id: String,
    comment_dto: models::CommentDto,
}

impl RejectAccessRequest<'_> {
    /// Sends the request: `POST /access-request-approvals/{approvalId}/reject`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/access-request-approvals/",
            &crate::request::path_segment(&self.approval_id),
            "/reject",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.comment_dto;
            request = crate::request::with_json(
                "rejectAccessRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("rejectAccessRequest", request).await?;
        crate::request::json("rejectAccessRequest", response).await
    }
}

/// The request of [`AccessRequestApprovalsApi::forward_access_request`](AccessRequestApprovalsApi::forward_access_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ForwardAccessRequest<'a> {
    client: &'a crate::Client,
    approval_id: String,
    forward_approval_dto: models::ForwardApprovalDto,
}

impl ForwardAccessRequest<'_> {
    /// Sends the request: `POST /access-request-approvals/{approvalId}/forward`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/access-request-approvals/",
            &crate::request::path_segment(&self.approval_id),
            "/forward",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.forward_approval_dto;
            request = crate::request::with_json(
                "forwardAccessRequest",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("forwardAccessRequest", request).await?;
        crate::request::json("forwardAccessRequest", response).await
    }
}

/// The request of [`AccessRequestApprovalsApi::get_access_request_approval_summary`](AccessRequestApprovalsApi::get_access_request_approval_summary): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestApprovalSummary<'a> {
    client: &'a crate::Client,
    owner_id: Option<String>,
    from_date: Option<String>,
}

impl GetAccessRequestApprovalSummary<'_> {
    /// The ID of the owner or approver identity of the approvals. If present, the value returns approval summary for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN user can also fetch all the approvals in the org, when owner-id is not used.
    ///    * Non ORG_ADMIN users can only specify *me* or pass their own identity ID value.
    pub fn owner_id(mut self, owner_id: impl Into<String>) -> Self {
        self.owner_id = Some(owner_id.into());
        self
    }

    /// This is the date and time the results will be shown from. It must be in a valid ISO-8601 format.
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// Sends the request: `GET /access-request-approvals/approval-summary`.
    pub async fn send(self) -> Result<models::ApprovalSummary, crate::Error> {
        let path = "/access-request-approvals/approval-summary";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.owner_id {
            query.push(("owner-id", value.clone()));
        }
        if let Some(value) = &self.from_date {
            query.push(("from-date", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getAccessRequestApprovalSummary", request)
            .await?;
        crate::request::json("getAccessRequestApprovalSummary", response).await
    }
}
