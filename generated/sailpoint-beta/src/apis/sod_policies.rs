//! Use this API to implement and manage "separation of duties" (SOD) policies.
//! With SOD policy functionality in place, administrators can organize the access in their tenants to prevent individuals from gaining conflicting or excessive access.
//!
//! "Separation of duties" refers to the concept that people shouldn't have conflicting sets of access - all their access should be configured in a way that protects your organization's assets and data.
//! For example, people who record monetary transactions shouldn't be able to issue payment for those transactions.
//! Any changes to major system configurations should be approved by someone other than the person requesting the change.
//!
//! Organizations can use "separation of duties" (SOD) policies to enforce and track their internal security rules throughout their tenants.
//! These SOD policies limit each user's involvement in important processes and protects the organization from individuals gaining excessive access.
//!
//! To create SOD policies in Identity Security Cloud, administrators use 'Search' and then access 'Policies'.
//! To create a policy, they must configure two lists of access items. Each access item can only be added to one of the two lists.
//! They can search for the entitlements they want to add to these access lists.
//!
//! >Note: You can have a maximum of 500 policies of any type (including general policies) in your organization. In each access-based SOD policy, you can have a maximum of 50 entitlements in each access list.
//!
//! Once a SOD policy is in place, if an identity has access items on both lists, a SOD violation will trigger.
//! These violations are included in SOD violation reports that other users will see in emails at regular intervals if they're subscribed to the SOD policy.
//! The other users can then better help to enforce these SOD policies.
//!
//! To create a subscription to a SOD policy in Identity Security Cloud, administrators use 'Search' and then access 'Layers'.
//! They can create a subscription to the policy and schedule it to run at a regular interval.
//!
//! Refer to [Managing Policies](https://documentation.sailpoint.com/saas/help/sod/manage-policies.html) for more information about SOD policies.
//!
//! Refer to [Subscribe to a SOD Policy](https://documentation.sailpoint.com/saas/help/sod/policy-violations.html#subscribe-to-an-sod-policy) for more information about SOD policy subscriptions.

use crate::models;

/// The SOD Policies operations: get them from [`Client::sod_policies`](crate::Client::sod_policies).
#[derive(Debug, Clone, Copy)]
pub struct SodPoliciesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SOD Policies operations.
    #[inline]
    pub fn sod_policies(&self) -> SodPoliciesApi<'_> {
        SodPoliciesApi { client: self }
    }
}

impl<'a> SodPoliciesApi<'a> {
    /// List sod policies
    ///
    /// This gets list of all SOD policies.
    /// Requires role of ORG_ADMIN
    ///
    /// `GET /sod-policies` (`listSodPolicies`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_sod_policies(&self) -> ListSodPolicies {
        ListSodPolicies {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create sod policy
    ///
    /// This creates both General and Conflicting Access Based policy, with a limit of 50 entitlements for each (left & right) criteria for Conflicting Access Based SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `POST /sod-policies` (`createSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_sod_policy(&self, sod_policy: models::SodPolicy) -> CreateSodPolicy {
        CreateSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sod_policy,
        }
    }

    /// Get sod policy by id
    ///
    /// This gets specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/{id}` (`getSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_sod_policy(&self, id: impl Into<String>) -> GetSodPolicy {
        GetSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update sod policy by id
    ///
    /// This updates a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `PUT /sod-policies/{id}` (`putSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn put_sod_policy(
        &self,
        id: impl Into<String>,
        sod_policy: models::SodPolicy,
    ) -> PutSodPolicy {
        PutSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sod_policy,
        }
    }

    /// Delete sod policy by id
    ///
    /// This deletes a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `DELETE /sod-policies/{id}` (`deleteSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_sod_policy(&self, id: impl Into<String>) -> DeleteSodPolicy {
        DeleteSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            logical: None,
        }
    }

    /// Patch a sod policy
    ///
    /// Allows updating SOD Policy fields other than \["id","created","creatorId","policyQuery","type"\] using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// Requires role of ORG_ADMIN.
    /// This endpoint can only patch CONFLICTING_ACCESS_BASED type policies. Do not use this endpoint to patch general policies - doing so will build an API exception.
    ///
    /// `PATCH /sod-policies/{id}` (`patchSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn patch_sod_policy(
        &self,
        id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchSodPolicy {
        PatchSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }

    /// Get sod policy schedule
    ///
    /// This endpoint gets a specified SOD policy's schedule.
    /// Requires the role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/{id}/schedule` (`getSodPolicySchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_sod_policy_schedule(
        &self,
        id: impl Into<String>,
    ) -> GetSodPolicySchedule {
        GetSodPolicySchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update sod policy schedule
    ///
    /// This updates schedule for a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `PUT /sod-policies/{id}/schedule` (`putPolicySchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn put_policy_schedule(
        &self,
        id: impl Into<String>,
        sod_policy_schedule: models::SodPolicySchedule,
    ) -> PutPolicySchedule {
        PutPolicySchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sod_policy_schedule,
        }
    }

    /// Delete sod policy schedule
    ///
    /// This deletes schedule for a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `DELETE /sod-policies/{id}/schedule` (`deleteSodPolicySchedule`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_sod_policy_schedule(
        &self,
        id: impl Into<String>,
    ) -> DeleteSodPolicySchedule {
        DeleteSodPolicySchedule {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Runs sod policy violation report
    ///
    /// This invokes processing of violation report for given SOD policy. If the policy reports more than 5000 violations, the report returns with violation limit exceeded message.
    /// Requires role of ORG_ADMIN.
    ///
    /// `POST /sod-policies/{id}/violation-report/run` (`startSodPolicy`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_sod_policy(&self, id: impl Into<String>) -> StartSodPolicy {
        StartSodPolicy {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get sod violation report status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/{id}/violation-report` (`getSodViolationReportStatus`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_sod_violation_report_status(
        &self,
        id: impl Into<String>,
    ) -> GetSodViolationReportStatus {
        GetSodViolationReportStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get violation report run status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/sod-violation-report-status/{reportResultId}` (`getSodViolationReportRunStatus`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_sod_violation_report_run_status(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetSodViolationReportRunStatus {
        GetSodViolationReportRunStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
        }
    }

    /// Runs all policies for org
    ///
    /// Runs multi-policy report for the org. If a policy reports more than 5000 violations, the report mentions that the violation limit was exceeded for that policy. If the request is empty, the report runs for all policies. Otherwise, the report runs for only the filtered policy list provided.
    /// Requires role of ORG_ADMIN.
    ///
    /// `POST /sod-violation-report/run` (`startSodAllPoliciesForOrg`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_sod_all_policies_for_org(&self) -> StartSodAllPoliciesForOrg {
        StartSodAllPoliciesForOrg {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_policy_request: None,
        }
    }

    /// Get multi-report run task status
    ///
    /// This endpoint gets the status for a violation report for all policy run.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-violation-report` (`getSodAllReportRunStatus`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_sod_all_report_run_status(&self) -> GetSodAllReportRunStatus {
        GetSodAllReportRunStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Download violation report
    ///
    /// This allows to download a violation report for a given report reference.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-violation-report/{reportResultId}/download` (`getDefaultViolationReport`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_default_violation_report(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetDefaultViolationReport {
        GetDefaultViolationReport {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
        }
    }

    /// Download custom violation report
    ///
    /// This allows to download a specified named violation report for a given report reference.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-violation-report/{reportResultId}/download/{fileName}` (`getCustomViolationReport`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_custom_violation_report(
        &self,
        report_result_id: impl Into<String>,
        file_name2: impl Into<String>,
    ) -> GetCustomViolationReport {
        GetCustomViolationReport {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
            file_name2: file_name2.into(),
        }
    }
}

/// The error statuses of [`SodPoliciesApi::list_sod_policies`](SodPoliciesApi::list_sod_policies), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListSodPoliciesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::list_sod_policies`](SodPoliciesApi::list_sod_policies): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSodPolicies {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListSodPolicies {
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
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in*
    ///
    /// **state**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, description**
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

    /// Sends the request: `GET /sod-policies`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::SodPolicy>, crate::SdkError<ListSodPoliciesError>>,
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
            crate::Page<models::SodPolicy>,
            crate::SdkError<ListSodPoliciesError>,
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
        Item = Result<models::SodPolicy, crate::SdkError<ListSodPoliciesError>>,
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
            crate::Response<Vec<models::SodPolicy>>,
            crate::SdkError<ListSodPoliciesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSodPolicies",
            self.options,
            move |client| {
                let path = "/sod-policies";
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::create_sod_policy`](SodPoliciesApi::create_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSodPolicyError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::create_sod_policy`](SodPoliciesApi::create_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    sod_policy: models::SodPolicy,
}

impl CreateSodPolicy {
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

    /// Sends the request: `POST /sod-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SodPolicy, crate::SdkError<CreateSodPolicyError>>,
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
            crate::Response<models::SodPolicy>,
            crate::SdkError<CreateSodPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSodPolicy",
            self.options,
            move |client| {
                let path = "/sod-policies";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sod_policy;
                    request = crate::request::with_json(
                        "createSodPolicy",
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

/// The error statuses of [`SodPoliciesApi::get_sod_policy`](SodPoliciesApi::get_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_policy`](SodPoliciesApi::get_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodPolicy {
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

    /// Sends the request: `GET /sod-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SodPolicy, crate::SdkError<GetSodPolicyError>>,
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
            crate::Response<models::SodPolicy>,
            crate::SdkError<GetSodPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodPolicy",
            self.options,
            move |client| {
                let path = ["/sod-policies/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::put_sod_policy`](SodPoliciesApi::put_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSodPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::put_sod_policy`](SodPoliciesApi::put_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sod_policy: models::SodPolicy,
}

impl PutSodPolicy {
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

    /// Sends the request: `PUT /sod-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SodPolicy, crate::SdkError<PutSodPolicyError>>,
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
            crate::Response<models::SodPolicy>,
            crate::SdkError<PutSodPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSodPolicy",
            self.options,
            move |client| {
                let path = ["/sod-policies/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sod_policy;
                    request = crate::request::with_json(
                        "putSodPolicy",
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

/// The error statuses of [`SodPoliciesApi::delete_sod_policy`](SodPoliciesApi::delete_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSodPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::delete_sod_policy`](SodPoliciesApi::delete_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    logical: Option<bool>,
}

impl DeleteSodPolicy {
    /// Indicates whether this is a soft delete (logical true) or a hard delete.
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn logical(mut self, logical: bool) -> Self {
        self.logical = Some(logical);
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

    /// Sends the request: `DELETE /sod-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSodPolicyError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSodPolicyError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSodPolicy",
            self.options,
            move |client| {
                let path = ["/sod-policies/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.logical {
                    query.push(("logical", value.to_string()));
                }
                request = request.query(&query);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::patch_sod_policy`](SodPoliciesApi::patch_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSodPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::patch_sod_policy`](SodPoliciesApi::patch_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchSodPolicy {
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

    /// Sends the request: `PATCH /sod-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SodPolicy, crate::SdkError<PatchSodPolicyError>>,
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
            crate::Response<models::SodPolicy>,
            crate::SdkError<PatchSodPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSodPolicy",
            self.options,
            move |client| {
                let path = ["/sod-policies/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "patchSodPolicy",
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

/// The error statuses of [`SodPoliciesApi::get_sod_policy_schedule`](SodPoliciesApi::get_sod_policy_schedule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSodPolicyScheduleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::get_sod_policy_schedule`](SodPoliciesApi::get_sod_policy_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodPolicySchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodPolicySchedule {
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

    /// Sends the request: `GET /sod-policies/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPolicySchedule,
            crate::SdkError<GetSodPolicyScheduleError>,
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
            crate::Response<models::SodPolicySchedule>,
            crate::SdkError<GetSodPolicyScheduleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodPolicySchedule",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::put_policy_schedule`](SodPoliciesApi::put_policy_schedule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutPolicyScheduleError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::put_policy_schedule`](SodPoliciesApi::put_policy_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutPolicySchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sod_policy_schedule: models::SodPolicySchedule,
}

impl PutPolicySchedule {
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

    /// Sends the request: `PUT /sod-policies/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPolicySchedule,
            crate::SdkError<PutPolicyScheduleError>,
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
            crate::Response<models::SodPolicySchedule>,
            crate::SdkError<PutPolicyScheduleError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putPolicySchedule",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sod_policy_schedule;
                    request = crate::request::with_json(
                        "putPolicySchedule",
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

/// The error statuses of [`SodPoliciesApi::delete_sod_policy_schedule`](SodPoliciesApi::delete_sod_policy_schedule), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSodPolicyScheduleError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::delete_sod_policy_schedule`](SodPoliciesApi::delete_sod_policy_schedule): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSodPolicySchedule {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSodPolicySchedule {
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

    /// Sends the request: `DELETE /sod-policies/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteSodPolicyScheduleError>>,
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
            crate::SdkError<DeleteSodPolicyScheduleError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSodPolicySchedule",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::start_sod_policy`](SodPoliciesApi::start_sod_policy), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartSodPolicyError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::start_sod_policy`](SodPoliciesApi::start_sod_policy): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartSodPolicy {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartSodPolicy {
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

    /// Sends the request: `POST /sod-policies/{id}/violation-report/run`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ReportResultReference,
            crate::SdkError<StartSodPolicyError>,
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
            crate::Response<models::ReportResultReference>,
            crate::SdkError<StartSodPolicyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startSodPolicy",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/",
                    &crate::request::path_segment(&self.id),
                    "/violation-report/run",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_sod_violation_report_status`](SodPoliciesApi::get_sod_violation_report_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodViolationReportStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_violation_report_status`](SodPoliciesApi::get_sod_violation_report_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodViolationReportStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodViolationReportStatus {
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

    /// Sends the request: `GET /sod-policies/{id}/violation-report`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ReportResultReference,
            crate::SdkError<GetSodViolationReportStatusError>,
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
            crate::Response<models::ReportResultReference>,
            crate::SdkError<GetSodViolationReportStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodViolationReportStatus",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/",
                    &crate::request::path_segment(&self.id),
                    "/violation-report",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_sod_violation_report_run_status`](SodPoliciesApi::get_sod_violation_report_run_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodViolationReportRunStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_violation_report_run_status`](SodPoliciesApi::get_sod_violation_report_run_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodViolationReportRunStatus {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
}

impl GetSodViolationReportRunStatus {
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

    /// Sends the request: `GET /sod-policies/sod-violation-report-status/{reportResultId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ReportResultReference,
            crate::SdkError<GetSodViolationReportRunStatusError>,
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
            crate::Response<models::ReportResultReference>,
            crate::SdkError<GetSodViolationReportRunStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodViolationReportRunStatus",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/sod-violation-report-status/",
                    &crate::request::path_segment(&self.report_result_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::start_sod_all_policies_for_org`](SodPoliciesApi::start_sod_all_policies_for_org), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartSodAllPoliciesForOrgError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::start_sod_all_policies_for_org`](SodPoliciesApi::start_sod_all_policies_for_org): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartSodAllPoliciesForOrg {
    client: crate::Client,
    options: crate::request::Options,
    multi_policy_request: Option<models::MultiPolicyRequest>,
}

impl StartSodAllPoliciesForOrg {
    /// The request body.
    #[inline]
    pub fn multi_policy_request(
        mut self,
        multi_policy_request: models::MultiPolicyRequest,
    ) -> Self {
        self.multi_policy_request = Some(multi_policy_request);
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

    /// Sends the request: `POST /sod-violation-report/run`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ReportResultReference,
            crate::SdkError<StartSodAllPoliciesForOrgError>,
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
            crate::Response<models::ReportResultReference>,
            crate::SdkError<StartSodAllPoliciesForOrgError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startSodAllPoliciesForOrg",
            self.options,
            move |client| {
                let path = "/sod-violation-report/run";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.multi_policy_request {
                    request = crate::request::with_json(
                        "startSodAllPoliciesForOrg",
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

/// The error statuses of [`SodPoliciesApi::get_sod_all_report_run_status`](SodPoliciesApi::get_sod_all_report_run_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSodAllReportRunStatusError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::get_sod_all_report_run_status`](SodPoliciesApi::get_sod_all_report_run_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodAllReportRunStatus {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSodAllReportRunStatus {
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

    /// Sends the request: `GET /sod-violation-report`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ReportResultReference,
            crate::SdkError<GetSodAllReportRunStatusError>,
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
            crate::Response<models::ReportResultReference>,
            crate::SdkError<GetSodAllReportRunStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodAllReportRunStatus",
            self.options,
            move |client| {
                let path = "/sod-violation-report";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_default_violation_report`](SodPoliciesApi::get_default_violation_report), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDefaultViolationReportError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_default_violation_report`](SodPoliciesApi::get_default_violation_report): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDefaultViolationReport {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
}

impl GetDefaultViolationReport {
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

    /// Sends the request: `GET /sod-violation-report/{reportResultId}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetDefaultViolationReportError>>,
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
            crate::SdkError<GetDefaultViolationReportError>,
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
            crate::SdkError<GetDefaultViolationReportError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDefaultViolationReport",
            self.options,
            move |client| {
                let path = [
                    "/sod-violation-report/",
                    &crate::request::path_segment(&self.report_result_id),
                    "/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_custom_violation_report`](SodPoliciesApi::get_custom_violation_report), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCustomViolationReportError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_custom_violation_report`](SodPoliciesApi::get_custom_violation_report): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomViolationReport {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
    file_name2: String,
}

impl GetCustomViolationReport {
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

    /// Sends the request: `GET /sod-violation-report/{reportResultId}/download/{fileName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetCustomViolationReportError>>,
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
            crate::SdkError<GetCustomViolationReportError>,
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
            crate::SdkError<GetCustomViolationReportError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCustomViolationReport",
            self.options,
            move |client| {
                let path = [
                    "/sod-violation-report/",
                    &crate::request::path_segment(&self.report_result_id),
                    "/download/",
                    &crate::request::path_segment(&self.file_name2),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/zip");
                Ok(request)
            },
        )
    }
}
