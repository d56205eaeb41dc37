//! Use this API to implement certification functionality.
//! This API provides specific functionality that improves an organization's ability to manage its certification process.
//!
//! A certification refers to Identity Security Cloud's mechanism for reviewing a user's access to entitlements (sets of permissions) and approving or removing that access.
//! These certifications serve as a way of showing that a user's access has been reviewed and approved.
//! Multiple certifications by different reviewers are often required to approve a user's access.
//! A set of multiple certifications is called a certification campaign.
//!
//! For example, an organization may use a Manager Certification as a way of showing that a user's access has been reviewed and approved by their manager, or if the certification is part of a campaign, that the user's access has been reviewed and approved by multiple managers.
//! Once this certification has been completed, Identity Security Cloud  would provision all the access the user needs, nothing more.
//!
//! This API enables administrators and reviewers to get useful information about certifications at a high level, such as the reviewers involved, and at a more granular level, such as the permissions affected by changes to entitlements within those certifications.
//! It also provides the useful ability to reassign identities and items within certifications to other reviewers, rather than [reassigning the entire certifications themselves](https://developer.sailpoint.com/idn/api/beta/submit-reassign-certs-async/).
//!
//! Refer to [Managing User Accounts](https://documentation.sailpoint.com/saas/help/accounts/identities.html?h=disabling+identities#managing-access) for more information about accounts.

use crate::models;

/// The Certifications operations: get them from [`Client::certifications`](crate::Client::certifications).
#[derive(Debug, Clone, Copy)]
pub struct CertificationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Certifications operations.
    pub fn certifications(&self) -> CertificationsApi<'_> {
        CertificationsApi { client: self }
    }
}

impl<'a> CertificationsApi<'a> {
    /// Reassign certifications asynchronously
    ///
    /// This API initiates a task to reassign up to 500 identities or items in an identity campaign certification to another reviewer. The `certification-tasks` API can be used to get an updated status on the task and determine when the reassignment is complete. A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API. Reviewers for this certification can also call this API.
    ///
    /// `POST /certifications/{id}/reassign-async` (`submitReassignCertsAsync`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn submit_reassign_certs_async(
        &self,
        id: impl Into<String>,
        review_reassign: models::ReviewReassign,
    ) -> SubmitReassignCertsAsync<'a> {
        SubmitReassignCertsAsync {
            client: self.client,
            id: id.into(),
            review_reassign,
        }
    }

    /// Certification task status
    ///
    /// This API returns the status of a certification task. A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API. Reviewers for this certification can also call this API.
    ///
    /// `GET /certifications/{id}/tasks/{taskId}` (`getIdentityCertificationTaskStatus`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_identity_certification_task_status(
        &self,
        id: impl Into<String>,
        task_id: impl Into<String>,
    ) -> GetIdentityCertificationTaskStatus<'a> {
        GetIdentityCertificationTaskStatus {
            client: self.client,
            id: id.into(),
            task_id: task_id.into(),
        }
    }

    /// Pending certification tasks
    ///
    /// This API returns the status of all pending (`QUEUED` or `IN_PROGRESS`) tasks for an identity campaign certification. A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API. Reviewers for this certification can also call this API.
    ///
    /// `GET /certifications/{id}/tasks-pending` (`getIdentityCertificationPendingTasks`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_identity_certification_pending_tasks(
        &self,
        id: impl Into<String>,
    ) -> GetIdentityCertificationPendingTasks<'a> {
        GetIdentityCertificationPendingTasks {
            client: self.client,
            id: id.into(),
        }
    }

    /// Permissions for entitlement certification item
    ///
    /// This API returns the permissions associated with an entitlement certification item based on the certification item's ID. A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API. Reviewers for this certification can also call this API.
    ///
    /// `GET /certifications/{certificationId}/access-review-items/{itemId}/permissions` (`getIdentityCertificationItemPermissions`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_identity_certification_item_permissions(
        &self,
        certification_id: impl Into<String>,
        item_id: impl Into<String>,
    ) -> GetIdentityCertificationItemPermissions<'a> {
        GetIdentityCertificationItemPermissions {
            client: self.client,
            certification_id: certification_id.into(),
            item_id: item_id.into(),
            filters: None,
            limit: None,
            offset: None,
            count: None,
        }
    }

    /// List of reviewers for certification
    ///
    /// This API returns a list of reviewers for the certification. A token with ORG_ADMIN or CERT_ADMIN authority is required to call this API. Reviewers for this certification can also call this API.
    ///
    /// `GET /certifications/{id}/reviewers` (`listCertificationReviewers`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_certification_reviewers(
        &self,
        id: impl Into<String>,
    ) -> ListCertificationReviewers<'a> {
        ListCertificationReviewers {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Certifications by ids
    ///
    /// This API returns a list of certifications that satisfy the given query parameters. Any authenticated token can call this API, but only certifications you are authorized to review will be returned.
    ///
    /// `GET /certifications` (`listCertifications`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn list_certifications(&self) -> ListCertifications<'a> {
        ListCertifications {
            client: self.client,
            reviewer_identitiy: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
}

/// The request of [`CertificationsApi::submit_reassign_certs_async`](CertificationsApi::submit_reassign_certs_async): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitReassignCertsAsync<'a> {
    client: &'a crate::Client,
    id: String,
    review_reassign: models::ReviewReassign,
}

impl SubmitReassignCertsAsync<'_> {
    /// Sends the request: `POST /certifications/{id}/reassign-async`.
    pub async fn send(self) -> Result<models::IdentityCertificationTask, crate::Error> {
        let path = [
            "/certifications/",
            &crate::request::path_segment(&self.id),
            "/reassign-async",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.review_reassign;
            request = crate::request::with_json(
                "submitReassignCertsAsync",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("submitReassignCertsAsync", request).await?;
        crate::request::json("submitReassignCertsAsync", response).await
    }
}

/// The request of [`CertificationsApi::get_identity_certification_task_status`](CertificationsApi::get_identity_certification_task_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityCertificationTaskStatus<'a> {
    client: &'a crate::Client,
    id: String,
    task_id: String,
}

impl GetIdentityCertificationTaskStatus<'_> {
    /// Sends the request: `GET /certifications/{id}/tasks/{taskId}`.
    pub async fn send(self) -> Result<models::IdentityCertificationTask, crate::Error> {
        let path = [
            "/certifications/",
            &crate::request::path_segment(&self.id),
            "/tasks/",
            &crate::request::path_segment(&self.task_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getIdentityCertificationTaskStatus", request)
            .await?;
        crate::request::json("getIdentityCertificationTaskStatus", response).await
    }
}

/// The request of [`CertificationsApi::get_identity_certification_pending_tasks`](CertificationsApi::get_identity_certification_pending_tasks): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityCertificationPendingTasks<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetIdentityCertificationPendingTasks<'_> {
    /// Sends the request: `GET /certifications/{id}/tasks-pending`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::IdentityCertificationTask>, crate::Error> {
        let path = [
            "/certifications/",
            &crate::request::path_segment(&self.id),
            "/tasks-pending",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getIdentityCertificationPendingTasks", request)
            .await?;
        crate::request::json("getIdentityCertificationPendingTasks", response).await
    }
}

/// The request of [`CertificationsApi::get_identity_certification_item_permissions`](CertificationsApi::get_identity_certification_item_permissions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityCertificationItemPermissions<'a> {
    client: &'a crate::Client,
    certification_id: String,
    item_id: String,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl GetIdentityCertificationItemPermissions<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **target**: *eq, sw*
    ///
    /// **rights**: *ca*
    ///
    /// All field values (second filter operands) are case-insensitive for this API.
    ///
    /// Only a single *and* or *or* composite filter operator may be used. It must also be used between a target filter and a rights filter, not between 2 filters for the same field.
    ///
    /// For example, the following is valid: `?filters=rights+ca+(%22CREATE%22)+and+target+eq+%22SYS.OBJAUTH2%22`
    ///
    /// The following is invalid: `?filters=rights+ca+(%22CREATE%22)+and+rights+ca+(%SELECT%22)`
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /certifications/{certificationId}/access-review-items/{itemId}/permissions`.
    pub async fn send(self) -> Result<Vec<models::PermissionDto>, crate::Error> {
        let path = [
            "/certifications/",
            &crate::request::path_segment(&self.certification_id),
            "/access-review-items/",
            &crate::request::path_segment(&self.item_id),
            "/permissions",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getIdentityCertificationItemPermissions", request)
            .await?;
        crate::request::json("getIdentityCertificationItemPermissions", response).await
    }
}

/// The request of [`CertificationsApi::list_certification_reviewers`](CertificationsApi::list_certification_reviewers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCertificationReviewers<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListCertificationReviewers<'_> {
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
    /// **name**: *eq, sw*
    ///
    /// **email**: *eq, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, email**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /certifications/{id}/reviewers`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::IdentityReferenceWithNameAndEmail>, crate::Error> {
        let path = [
            "/certifications/",
            &crate::request::path_segment(&self.id),
            "/reviewers",
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
        let response = self.client.execute("listCertificationReviewers", request).await?;
        crate::request::json("listCertificationReviewers", response).await
    }
}

/// The request of [`CertificationsApi::list_certifications`](CertificationsApi::list_certifications): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListCertifications<'a> {
    client: &'a crate::Client,
    reviewer_identitiy: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListCertifications<'_> {
    /// The ID of reviewer identity. *me* indicates the current user.
    pub fn reviewer_identitiy(mut self, reviewer_identitiy: impl Into<String>) -> Self {
        self.reviewer_identitiy = Some(reviewer_identitiy.into());
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
    /// **phase**: *eq*
    ///
    /// **completed**: *eq, ne*
    ///
    /// **campaignRef.campaignType**: *eq, in*
    ///
    /// **campaignRef.id**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, due, signed**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /certifications`.
    pub async fn send(self) -> Result<Vec<models::CertificationDto>, crate::Error> {
        let path = "/certifications";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.reviewer_identitiy {
            query.push(("reviewer-identitiy", value.clone()));
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
        let response = self.client.execute("listCertifications", request).await?;
        crate::request::json("listCertifications", response).await
    }
}
