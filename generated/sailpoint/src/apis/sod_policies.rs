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
    /// `GET /sod-policies/v1` (`listSodPoliciesV1`)
    #[inline]
    pub fn list_sod_policies_v1(&self) -> ListSodPoliciesV1 {
        ListSodPoliciesV1 {
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
    /// `POST /sod-policies/v1` (`createSodPolicyV1`)
    #[inline]
    pub fn create_sod_policy_v1(
        &self,
        sodpolicy: models::Sodpolicy,
    ) -> CreateSodPolicyV1 {
        CreateSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            sodpolicy,
        }
    }

    /// Get sod policy by id
    ///
    /// This gets specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/v1/{id}` (`getSodPolicyV1`)
    #[inline]
    pub fn get_sod_policy_v1(&self, id: impl Into<String>) -> GetSodPolicyV1 {
        GetSodPolicyV1 {
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
    /// `PUT /sod-policies/v1/{id}` (`putSodPolicyV1`)
    #[inline]
    pub fn put_sod_policy_v1(
        &self,
        id: impl Into<String>,
        sodpolicy: models::Sodpolicy,
    ) -> PutSodPolicyV1 {
        PutSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sodpolicy,
        }
    }

    /// Delete sod policy by id
    ///
    /// This deletes a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `DELETE /sod-policies/v1/{id}` (`deleteSodPolicyV1`)
    #[inline]
    pub fn delete_sod_policy_v1(&self, id: impl Into<String>) -> DeleteSodPolicyV1 {
        DeleteSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            logical: None,
        }
    }

    /// Patch sod policy by id
    ///
    /// Allows updating SOD Policy fields other than \["id","created","creatorId","policyQuery","type"\] using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// Requires role of ORG_ADMIN.
    /// This endpoint can only patch CONFLICTING_ACCESS_BASED type policies. Do not use this endpoint to patch general policies - doing so will build an API exception.
    ///
    /// `PATCH /sod-policies/v1/{id}` (`patchSodPolicyV1`)
    #[inline]
    pub fn patch_sod_policy_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchSodPolicyV1 {
        PatchSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Evaluate one policy by id
    ///
    /// Runs the scheduled report for the policy retrieved by passed policy ID.  The report schedule is fetched from the policy retrieved by ID.
    ///
    /// `POST /sod-policies/v1/{id}/evaluate` (`startEvaluateSodPolicyV1`)
    #[inline]
    pub fn start_evaluate_sod_policy_v1(
        &self,
        id: impl Into<String>,
    ) -> StartEvaluateSodPolicyV1 {
        StartEvaluateSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get sod policy schedule
    ///
    /// This endpoint gets a specified SOD policy's schedule.
    ///
    /// `GET /sod-policies/v1/{id}/schedule` (`getSodPolicyScheduleV1`)
    #[inline]
    pub fn get_sod_policy_schedule_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSodPolicyScheduleV1 {
        GetSodPolicyScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update sod policy schedule
    ///
    /// This updates schedule for a specified SOD policy.
    ///
    /// `PUT /sod-policies/v1/{id}/schedule` (`putPolicyScheduleV1`)
    #[inline]
    pub fn put_policy_schedule_v1(
        &self,
        id: impl Into<String>,
        sodpolicyschedule: models::Sodpolicyschedule,
    ) -> PutPolicyScheduleV1 {
        PutPolicyScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sodpolicyschedule,
        }
    }

    /// Delete sod policy schedule
    ///
    /// This deletes schedule for a specified SOD policy by ID.
    ///
    /// `DELETE /sod-policies/v1/{id}/schedule` (`deleteSodPolicyScheduleV1`)
    #[inline]
    pub fn delete_sod_policy_schedule_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteSodPolicyScheduleV1 {
        DeleteSodPolicyScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Runs sod policy violation report
    ///
    /// This invokes processing of violation report for given SOD policy. If the policy reports more than 5000 violations, the report returns with violation limit exceeded message.
    ///
    /// `POST /sod-policies/v1/{id}/violation-report/run` (`startSodPolicyV1`)
    #[inline]
    pub fn start_sod_policy_v1(&self, id: impl Into<String>) -> StartSodPolicyV1 {
        StartSodPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get sod violation report status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    ///
    /// `GET /sod-policies/v1/{id}/violation-report` (`getSodViolationReportStatusV1`)
    #[inline]
    pub fn get_sod_violation_report_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSodViolationReportStatusV1 {
        GetSodViolationReportStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get violation report run status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    ///
    /// `GET /sod-policies/v1/sod-violation-report-status/{reportResultId}` (`getSodViolationReportRunStatusV1`)
    #[inline]
    pub fn get_sod_violation_report_run_status_v1(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetSodViolationReportRunStatusV1 {
        GetSodViolationReportRunStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
        }
    }

    /// Runs all policies for org
    ///
    /// Runs multi-policy report for the org. If a policy reports more than 5000 violations, the report mentions that the violation limit was exceeded for that policy. If the request is empty, the report runs for all policies. Otherwise, the report runs for only the filtered policy list provided.
    ///
    /// `POST /sod-violation-report/v1/run` (`startSodAllPoliciesForOrgV1`)
    #[inline]
    pub fn start_sod_all_policies_for_org_v1(&self) -> StartSodAllPoliciesForOrgV1 {
        StartSodAllPoliciesForOrgV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multipolicyrequest: None,
        }
    }

    /// Get multi-report run task status
    ///
    /// This endpoint gets the status for a violation report for all policy run.
    ///
    /// `GET /sod-violation-report/v1` (`getSodAllReportRunStatusV1`)
    #[inline]
    pub fn get_sod_all_report_run_status_v1(&self) -> GetSodAllReportRunStatusV1 {
        GetSodAllReportRunStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Download violation report
    ///
    /// This allows to download a violation report for a given report reference.
    ///
    /// `GET /sod-violation-report/v1/{reportResultId}/download` (`getDefaultViolationReportV1`)
    #[inline]
    pub fn get_default_violation_report_v1(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetDefaultViolationReportV1 {
        GetDefaultViolationReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
        }
    }

    /// Download custom violation report
    ///
    /// This allows to download a specified named violation report for a given report reference.
    ///
    /// `GET /sod-violation-report/v1/{reportResultId}/download/{fileName}` (`getCustomViolationReportV1`)
    #[inline]
    pub fn get_custom_violation_report_v1(
        &self,
        report_result_id: impl Into<String>,
        file_name2: impl Into<String>,
    ) -> GetCustomViolationReportV1 {
        GetCustomViolationReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            report_result_id: report_result_id.into(),
            file_name2: file_name2.into(),
        }
    }
}

/// The error statuses of [`SodPoliciesApi::list_sod_policies_v1`](SodPoliciesApi::list_sod_policies_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListSodPoliciesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::list_sod_policies_v1`](SodPoliciesApi::list_sod_policies_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSodPoliciesV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListSodPoliciesV1 {
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
    /// **name**: *eq, in, sw, co*
    ///
    /// **state**: *eq, in*
    ///
    /// **level**: *eq, in*
    ///
    /// **type**: *eq*
    ///
    /// **description**: *eq, co, sw*
    ///
    /// **ownerRef.name**: *eq, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, description, ownerRef.name**
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

    /// Sends the request: `GET /sod-policies/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Sodpolicy>, crate::SdkError<ListSodPoliciesV1Error>>,
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
            crate::Page<models::Sodpolicy>,
            crate::SdkError<ListSodPoliciesV1Error>,
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
        Item = Result<models::Sodpolicy, crate::SdkError<ListSodPoliciesV1Error>>,
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
            crate::Response<Vec<models::Sodpolicy>>,
            crate::SdkError<ListSodPoliciesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSodPoliciesV1",
            self.options,
            move |client| {
                let path = "/sod-policies/v1";
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

/// The error statuses of [`SodPoliciesApi::create_sod_policy_v1`](SodPoliciesApi::create_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSodPolicyV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::create_sod_policy_v1`](SodPoliciesApi::create_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    sodpolicy: models::Sodpolicy,
}

impl CreateSodPolicyV1 {
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

    /// Sends the request: `POST /sod-policies/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sodpolicy, crate::SdkError<CreateSodPolicyV1Error>>,
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
            crate::Response<models::Sodpolicy>,
            crate::SdkError<CreateSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSodPolicyV1",
            self.options,
            move |client| {
                let path = "/sod-policies/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sodpolicy;
                    request = crate::request::with_json(
                        "createSodPolicyV1",
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

/// The error statuses of [`SodPoliciesApi::get_sod_policy_v1`](SodPoliciesApi::get_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_policy_v1`](SodPoliciesApi::get_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodPolicyV1 {
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

    /// Sends the request: `GET /sod-policies/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sodpolicy, crate::SdkError<GetSodPolicyV1Error>>,
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
            crate::Response<models::Sodpolicy>,
            crate::SdkError<GetSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodPolicyV1",
            self.options,
            move |client| {
                let path = ["/sod-policies/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::put_sod_policy_v1`](SodPoliciesApi::put_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSodPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::put_sod_policy_v1`](SodPoliciesApi::put_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sodpolicy: models::Sodpolicy,
}

impl PutSodPolicyV1 {
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

    /// Sends the request: `PUT /sod-policies/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sodpolicy, crate::SdkError<PutSodPolicyV1Error>>,
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
            crate::Response<models::Sodpolicy>,
            crate::SdkError<PutSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSodPolicyV1",
            self.options,
            move |client| {
                let path = ["/sod-policies/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sodpolicy;
                    request = crate::request::with_json(
                        "putSodPolicyV1",
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

/// The error statuses of [`SodPoliciesApi::delete_sod_policy_v1`](SodPoliciesApi::delete_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSodPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::delete_sod_policy_v1`](SodPoliciesApi::delete_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    logical: Option<bool>,
}

impl DeleteSodPolicyV1 {
    /// Indicates whether this is a soft delete (logical true) or a hard delete.  Soft delete marks the policy as deleted and just save it with this status. It could be fully deleted or recovered further.  Hard delete vise versa permanently delete SOD request during this call.
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

    /// Sends the request: `DELETE /sod-policies/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSodPolicyV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSodPolicyV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSodPolicyV1",
            self.options,
            move |client| {
                let path = ["/sod-policies/v1/", &crate::request::path_segment(&self.id)]
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

/// The error statuses of [`SodPoliciesApi::patch_sod_policy_v1`](SodPoliciesApi::patch_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSodPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::patch_sod_policy_v1`](SodPoliciesApi::patch_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchSodPolicyV1 {
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

    /// Sends the request: `PATCH /sod-policies/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sodpolicy, crate::SdkError<PatchSodPolicyV1Error>>,
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
            crate::Response<models::Sodpolicy>,
            crate::SdkError<PatchSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSodPolicyV1",
            self.options,
            move |client| {
                let path = ["/sod-policies/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchSodPolicyV1",
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

/// The error statuses of [`SodPoliciesApi::start_evaluate_sod_policy_v1`](SodPoliciesApi::start_evaluate_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartEvaluateSodPolicyV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::start_evaluate_sod_policy_v1`](SodPoliciesApi::start_evaluate_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartEvaluateSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartEvaluateSodPolicyV1 {
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

    /// Sends the request: `POST /sod-policies/v1/{id}/evaluate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<StartEvaluateSodPolicyV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<StartEvaluateSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startEvaluateSodPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
                    &crate::request::path_segment(&self.id),
                    "/evaluate",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_sod_policy_schedule_v1`](SodPoliciesApi::get_sod_policy_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSodPolicyScheduleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::get_sod_policy_schedule_v1`](SodPoliciesApi::get_sod_policy_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodPolicyScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodPolicyScheduleV1 {
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

    /// Sends the request: `GET /sod-policies/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sodpolicyschedule,
            crate::SdkError<GetSodPolicyScheduleV1Error>,
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
            crate::Response<models::Sodpolicyschedule>,
            crate::SdkError<GetSodPolicyScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodPolicyScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
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

/// The error statuses of [`SodPoliciesApi::put_policy_schedule_v1`](SodPoliciesApi::put_policy_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutPolicyScheduleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::put_policy_schedule_v1`](SodPoliciesApi::put_policy_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutPolicyScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sodpolicyschedule: models::Sodpolicyschedule,
}

impl PutPolicyScheduleV1 {
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

    /// Sends the request: `PUT /sod-policies/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sodpolicyschedule,
            crate::SdkError<PutPolicyScheduleV1Error>,
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
            crate::Response<models::Sodpolicyschedule>,
            crate::SdkError<PutPolicyScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putPolicyScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schedule",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sodpolicyschedule;
                    request = crate::request::with_json(
                        "putPolicyScheduleV1",
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

/// The error statuses of [`SodPoliciesApi::delete_sod_policy_schedule_v1`](SodPoliciesApi::delete_sod_policy_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSodPolicyScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::delete_sod_policy_schedule_v1`](SodPoliciesApi::delete_sod_policy_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSodPolicyScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSodPolicyScheduleV1 {
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

    /// Sends the request: `DELETE /sod-policies/v1/{id}/schedule`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteSodPolicyScheduleV1Error>>,
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
            crate::SdkError<DeleteSodPolicyScheduleV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSodPolicyScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
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

/// The error statuses of [`SodPoliciesApi::start_sod_policy_v1`](SodPoliciesApi::start_sod_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartSodPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::start_sod_policy_v1`](SodPoliciesApi::start_sod_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartSodPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl StartSodPolicyV1 {
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

    /// Sends the request: `POST /sod-policies/v1/{id}/violation-report/run`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<StartSodPolicyV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<StartSodPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startSodPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
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

/// The error statuses of [`SodPoliciesApi::get_sod_violation_report_status_v1`](SodPoliciesApi::get_sod_violation_report_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodViolationReportStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_violation_report_status_v1`](SodPoliciesApi::get_sod_violation_report_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodViolationReportStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSodViolationReportStatusV1 {
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

    /// Sends the request: `GET /sod-policies/v1/{id}/violation-report`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<GetSodViolationReportStatusV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<GetSodViolationReportStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodViolationReportStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/",
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

/// The error statuses of [`SodPoliciesApi::get_sod_violation_report_run_status_v1`](SodPoliciesApi::get_sod_violation_report_run_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSodViolationReportRunStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_sod_violation_report_run_status_v1`](SodPoliciesApi::get_sod_violation_report_run_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodViolationReportRunStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
}

impl GetSodViolationReportRunStatusV1 {
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

    /// Sends the request: `GET /sod-policies/v1/sod-violation-report-status/{reportResultId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<GetSodViolationReportRunStatusV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<GetSodViolationReportRunStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodViolationReportRunStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-policies/v1/sod-violation-report-status/",
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

/// The error statuses of [`SodPoliciesApi::start_sod_all_policies_for_org_v1`](SodPoliciesApi::start_sod_all_policies_for_org_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartSodAllPoliciesForOrgV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::start_sod_all_policies_for_org_v1`](SodPoliciesApi::start_sod_all_policies_for_org_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartSodAllPoliciesForOrgV1 {
    client: crate::Client,
    options: crate::request::Options,
    multipolicyrequest: Option<models::Multipolicyrequest>,
}

impl StartSodAllPoliciesForOrgV1 {
    /// The request body.
    #[inline]
    pub fn multipolicyrequest(
        mut self,
        multipolicyrequest: models::Multipolicyrequest,
    ) -> Self {
        self.multipolicyrequest = Some(multipolicyrequest);
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

    /// Sends the request: `POST /sod-violation-report/v1/run`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<StartSodAllPoliciesForOrgV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<StartSodAllPoliciesForOrgV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startSodAllPoliciesForOrgV1",
            self.options,
            move |client| {
                let path = "/sod-violation-report/v1/run";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.multipolicyrequest {
                    request = crate::request::with_json(
                        "startSodAllPoliciesForOrgV1",
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

/// The error statuses of [`SodPoliciesApi::get_sod_all_report_run_status_v1`](SodPoliciesApi::get_sod_all_report_run_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSodAllReportRunStatusV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SodPoliciesApi::get_sod_all_report_run_status_v1`](SodPoliciesApi::get_sod_all_report_run_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSodAllReportRunStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSodAllReportRunStatusV1 {
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

    /// Sends the request: `GET /sod-violation-report/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SodPoliciesReportresultreference,
            crate::SdkError<GetSodAllReportRunStatusV1Error>,
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
            crate::Response<models::SodPoliciesReportresultreference>,
            crate::SdkError<GetSodAllReportRunStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSodAllReportRunStatusV1",
            self.options,
            move |client| {
                let path = "/sod-violation-report/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SodPoliciesApi::get_default_violation_report_v1`](SodPoliciesApi::get_default_violation_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDefaultViolationReportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_default_violation_report_v1`](SodPoliciesApi::get_default_violation_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDefaultViolationReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
}

impl GetDefaultViolationReportV1 {
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

    /// Sends the request: `GET /sod-violation-report/v1/{reportResultId}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetDefaultViolationReportV1Error>>,
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
            crate::SdkError<GetDefaultViolationReportV1Error>,
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
            crate::SdkError<GetDefaultViolationReportV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDefaultViolationReportV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-violation-report/v1/",
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

/// The error statuses of [`SodPoliciesApi::get_custom_violation_report_v1`](SodPoliciesApi::get_custom_violation_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCustomViolationReportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodPoliciesApi::get_custom_violation_report_v1`](SodPoliciesApi::get_custom_violation_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomViolationReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    report_result_id: String,
    file_name2: String,
}

impl GetCustomViolationReportV1 {
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

    /// Sends the request: `GET /sod-violation-report/v1/{reportResultId}/download/{fileName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetCustomViolationReportV1Error>>,
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
            crate::SdkError<GetCustomViolationReportV1Error>,
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
            crate::SdkError<GetCustomViolationReportV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCustomViolationReportV1",
            self.options,
            move |client| {
                let path = [
                    "/sod-violation-report/v1/",
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
