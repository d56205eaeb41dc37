//! Use this API to implement identity functionality.
//! With this functionality in place, administrators can synchronize an identity's attributes with its various source attributes.
//!
//! Identity Security Cloud uses identities as users' authoritative accounts. Identities can own other accounts, entitlements, and attributes.
//!
//! An identity has a variety of attributes, such as an account name, an email address, a job title, and more.
//! These identity attributes can be correlated with different attributes on different sources.
//! For example, the identity John.Smith can own an account in the GitHub source with the account name John-Smith-Org, and Identity Security Cloud knows they are the same person with the same access and attributes.
//!
//! In Identity Security Cloud, administrators often set up these synchronizations to get triggered automatically with a change or to run on a schedule.
//! To manually synchronize attributes for an identity, administrators can use the Identities drop-down menu and select Identity List to view the list of identities.
//! They can then select the identity they want to manually synchronize and use the hamburger menu to select 'Synchronize Attributes.'
//! Doing so immediately begins the attribute synchronization and analyzes all accounts for the selected identity.
//!
//! Refer to [Synchronizing Attributes](https://documentation.sailpoint.com/saas/help/provisioning/attr_sync.html) for more information about synchronizing attributes.

use crate::models;

/// The Identities operations: get them from [`Client::identities`](crate::Client::identities).
#[derive(Debug, Clone, Copy)]
pub struct IdentitiesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identities operations.
    #[inline]
    pub fn identities(&self) -> IdentitiesApi<'_> {
        IdentitiesApi { client: self }
    }
}

impl<'a> IdentitiesApi<'a> {
    /// List identities
    ///
    /// This API returns a list of identities.
    ///
    /// `GET /identities/v1` (`listIdentitiesV1`)
    #[inline]
    pub fn list_identities_v1(&self) -> ListIdentitiesV1 {
        ListIdentitiesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            sorters: None,
            default_filter: None,
            count: None,
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Identity details
    ///
    /// This API returns a single identity using the Identity ID.
    ///
    /// `GET /identities/v1/{id}` (`getIdentityV1`)
    #[inline]
    pub fn get_identity_v1(&self, id: impl Into<String>) -> GetIdentityV1 {
        GetIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete identity
    ///
    /// The API returns successful response if the requested identity was deleted.
    ///
    /// `DELETE /identities/v1/{id}` (`deleteIdentityV1`)
    #[inline]
    pub fn delete_identity_v1(&self, id: impl Into<String>) -> DeleteIdentityV1 {
        DeleteIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get ownership details
    ///
    /// Use this API to return an identity's owned objects that will cause problems for deleting the identity.
    /// Use this API as a checklist of objects that you need to reassign to a different identity before you can delete the identity.
    /// For a full list of objects owned by an identity, use the [Search API](https://developer.sailpoint.com/docs/api/search-post-v-1).  When you search for identities, the returned identities have a property, `owns`, that contains a more comprehensive list of identity's owned objects.
    ///
    /// `GET /identities/v1/{identityId}/ownership` (`getIdentityOwnershipDetailsV1`)
    #[inline]
    pub fn get_identity_ownership_details_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> GetIdentityOwnershipDetailsV1 {
        GetIdentityOwnershipDetailsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Reset an identity
    ///
    /// Use this endpoint to reset a user's identity if they have forgotten their authentication information like their answers to knowledge-based questions. Resetting an identity de-registers the user and removes any elevated user levels they have.
    ///
    /// `POST /identities/v1/{id}/reset` (`resetIdentityV1`)
    #[inline]
    pub fn reset_identity_v1(&self, id: impl Into<String>) -> ResetIdentityV1 {
        ResetIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List role assignments
    ///
    /// This returns either a list of Role Assignments when querying with either a Role Id or Role Name, or a list of Role Assignment References if querying with only identity Id.
    ///
    /// `GET /identities/v1/{identityId}/role-assignments` (`getRoleAssignmentsV1`)
    #[inline]
    pub fn get_role_assignments_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> GetRoleAssignmentsV1 {
        GetRoleAssignmentsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            role_id: None,
            role_name: None,
        }
    }

    /// Role assignment details
    ///
    /// `GET /identities/v1/{identityId}/role-assignments/{assignmentId}` (`getRoleAssignmentV1`)
    #[inline]
    pub fn get_role_assignment_v1(
        &self,
        identity_id: impl Into<String>,
        assignment_id: impl Into<String>,
    ) -> GetRoleAssignmentV1 {
        GetRoleAssignmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            assignment_id: assignment_id.into(),
        }
    }

    /// List of entitlements by identity.
    ///
    /// The API returns a list of all entitlements assigned to an identity, either directly or through the role or access profile. A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /entitlements/v1/identities/{id}/entitlements` (`listEntitlementsByIdentityV1`)
    #[inline]
    pub fn list_entitlements_by_identity_v1(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementsByIdentityV1 {
        ListEntitlementsByIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Attribute synchronization for single identity.
    ///
    /// This end-point performs attribute synchronization for a selected identity. The endpoint can be called once in 10 seconds per identity.
    ///
    /// `POST /identities/v1/{identityId}/synchronize-attributes` (`synchronizeAttributesForIdentityV1`)
    #[inline]
    pub fn synchronize_attributes_for_identity_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> SynchronizeAttributesForIdentityV1 {
        SynchronizeAttributesForIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Invite identities to register
    ///
    /// This API submits a task for inviting given identities via email to complete registration. The invitation email will include the link. After selecting the link an identity will be able to set up password and log in into the system. Invitations expire after 7 days. By default invitations send to the work identity email. It can be changed in Admin > Identities > Identity Profiles by selecting corresponding profile and editing Invitation Options.
    ///
    /// This task will send an invitation email only for unregistered identities.
    ///
    /// The executed task status can be checked by Task Management > [Get task status by ID](https://developer.sailpoint.com/docs/api/get-task-status-v-1).
    ///
    /// `POST /identities/v1/invite` (`startIdentitiesInviteV1`)
    #[inline]
    pub fn start_identities_invite_v1(
        &self,
        inviteidentitiesrequest: models::Inviteidentitiesrequest,
    ) -> StartIdentitiesInviteV1 {
        StartIdentitiesInviteV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            inviteidentitiesrequest,
        }
    }

    /// Send password reset email
    ///
    /// This API sends an email with the link to start Password Reset. After selecting the link an identity will be able to set up a new password. Emails expire after 2 hours.
    ///
    /// `POST /identities/v1/{id}/verification/account/send` (`sendIdentityVerificationAccountTokenV1`)
    #[inline]
    pub fn send_identity_verification_account_token_v1(
        &self,
        id: impl Into<String>,
        sendaccountverificationrequest: models::Sendaccountverificationrequest,
    ) -> SendIdentityVerificationAccountTokenV1 {
        SendIdentityVerificationAccountTokenV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sendaccountverificationrequest,
        }
    }

    /// Process a list of identityids
    ///
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    ///
    /// This endpoint will perform the following tasks:
    /// 1. Calculate identity attributes, including applying or running any rules or transforms (e.g. calculate Lifecycle State at a point-in-time it's expected to change).
    /// 2. Evaluate role assignments, leading to assignment of new roles and removal of existing roles.
    /// 3. Enforce provisioning for any assigned accesses that haven't been fulfilled (e.g. failure due to source health).
    /// 4. Recalculate manager relationships.
    /// 5. Potentially clean-up identity processing errors, assuming the error has been resolved.
    ///
    /// `POST /identities/v1/process` (`startIdentityProcessingV1`)
    #[inline]
    pub fn start_identity_processing_v1(
        &self,
        processidentitiesrequest: models::Processidentitiesrequest,
    ) -> StartIdentityProcessingV1 {
        StartIdentityProcessingV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            processidentitiesrequest,
        }
    }
}

/// The error statuses of [`IdentitiesApi::list_identities_v1`](IdentitiesApi::list_identities_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListIdentitiesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentitiesApi::list_identities_v1`](IdentitiesApi::list_identities_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentitiesV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    default_filter: Option<models::ListIdentitiesV1DefaultFilter>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListIdentitiesV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, sw*
    ///
    /// **alias**: *eq, sw*
    ///
    /// **firstname**: *eq, sw*
    ///
    /// **lastname**: *eq, sw*
    ///
    /// **email**: *eq, sw*
    ///
    /// **cloudStatus**: *eq*
    ///
    /// **processingState**: *eq*
    ///
    /// **correlated**: *eq*
    ///
    /// **protected**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, alias, cloudStatus**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Adds additional filter to filters query parameter.
    ///
    /// CORRELATED_ONLY adds correlated=true and returns only identities that are correlated.
    ///
    /// NONE does not add any and returns all identities that satisfy filters query parameter.
    ///
    /// The server's default: `"CORRELATED_ONLY"`.
    #[inline]
    pub fn default_filter(
        mut self,
        default_filter: models::ListIdentitiesV1DefaultFilter,
    ) -> Self {
        self.default_filter = Some(default_filter);
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

    /// Sends the request: `GET /identities/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Identity>, crate::SdkError<ListIdentitiesV1Error>>,
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
            crate::Page<models::Identity>,
            crate::SdkError<ListIdentitiesV1Error>,
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
        Item = Result<models::Identity, crate::SdkError<ListIdentitiesV1Error>>,
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
            crate::Response<Vec<models::Identity>>,
            crate::SdkError<ListIdentitiesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listIdentitiesV1",
            self.options,
            move |client| {
                let path = "/identities/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.default_filter {
                    query.push(("defaultFilter", value.as_str().to_owned()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
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

/// The error statuses of [`IdentitiesApi::get_identity_v1`](IdentitiesApi::get_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::get_identity_v1`](IdentitiesApi::get_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetIdentityV1 {
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

    /// Sends the request: `GET /identities/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Identity, crate::SdkError<GetIdentityV1Error>>,
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
            crate::Response<models::Identity>,
            crate::SdkError<GetIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityV1",
            self.options,
            move |client| {
                let path = ["/identities/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::delete_identity_v1`](IdentitiesApi::delete_identity_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteIdentityV1Error {
    /// 400: Client Error - Returned if the request is invalid. It may indicate that the specified identity is marked as protected and cannot be deleted.
    BadRequest(models::Identityassociationdetails),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::Errorresponsedto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::Errorresponsedto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for DeleteIdentityV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    DeleteIdentityV1Error::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    DeleteIdentityV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    DeleteIdentityV1Error::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    DeleteIdentityV1Error::NotFound(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    DeleteIdentityV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    DeleteIdentityV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => DeleteIdentityV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        DeleteIdentityV1Error::Other
    }
}

/// The request of [`IdentitiesApi::delete_identity_v1`](IdentitiesApi::delete_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteIdentityV1 {
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

    /// Sends the request: `DELETE /identities/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteIdentityV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteIdentityV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityV1",
            self.options,
            move |client| {
                let path = ["/identities/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::get_identity_ownership_details_v1`](IdentitiesApi::get_identity_ownership_details_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetIdentityOwnershipDetailsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::get_identity_ownership_details_v1`](IdentitiesApi::get_identity_ownership_details_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOwnershipDetailsV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl GetIdentityOwnershipDetailsV1 {
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

    /// Sends the request: `GET /identities/v1/{identityId}/ownership`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityownershipassociationdetails,
            crate::SdkError<GetIdentityOwnershipDetailsV1Error>,
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
            crate::Response<models::Identityownershipassociationdetails>,
            crate::SdkError<GetIdentityOwnershipDetailsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityOwnershipDetailsV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/ownership",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::reset_identity_v1`](IdentitiesApi::reset_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ResetIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::reset_identity_v1`](IdentitiesApi::reset_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl ResetIdentityV1 {
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

    /// Sends the request: `POST /identities/v1/{id}/reset`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<ResetIdentityV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<ResetIdentityV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "resetIdentityV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reset",
                ]
                    .concat();
                let request = client.request(reqwest::Method::POST, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::get_role_assignments_v1`](IdentitiesApi::get_role_assignments_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetRoleAssignmentsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::get_role_assignments_v1`](IdentitiesApi::get_role_assignments_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleAssignmentsV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    role_id: Option<String>,
    role_name: Option<String>,
}

impl GetRoleAssignmentsV1 {
    /// Role Id to filter the role assignments with
    #[inline]
    pub fn role_id(mut self, role_id: impl Into<String>) -> Self {
        self.role_id = Some(role_id.into());
        self
    }

    /// Role name to filter the role assignments with
    #[inline]
    pub fn role_name(mut self, role_name: impl Into<String>) -> Self {
        self.role_name = Some(role_name.into());
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

    /// Sends the request: `GET /identities/v1/{identityId}/role-assignments`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetRoleAssignmentsV1200ResponseInner>,
            crate::SdkError<GetRoleAssignmentsV1Error>,
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
            crate::Response<Vec<models::GetRoleAssignmentsV1200ResponseInner>>,
            crate::SdkError<GetRoleAssignmentsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleAssignmentsV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/role-assignments",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.role_id {
                    query.push(("roleId", value.clone()));
                }
                if let Some(value) = &self.role_name {
                    query.push(("roleName", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::get_role_assignment_v1`](IdentitiesApi::get_role_assignment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetRoleAssignmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::get_role_assignment_v1`](IdentitiesApi::get_role_assignment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleAssignmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    assignment_id: String,
}

impl GetRoleAssignmentV1 {
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

    /// Sends the request: `GET /identities/v1/{identityId}/role-assignments/{assignmentId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleassignmentdto,
            crate::SdkError<GetRoleAssignmentV1Error>,
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
            crate::Response<models::Roleassignmentdto>,
            crate::SdkError<GetRoleAssignmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleAssignmentV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/role-assignments/",
                    &crate::request::path_segment(&self.assignment_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::list_entitlements_by_identity_v1`](IdentitiesApi::list_entitlements_by_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListEntitlementsByIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::list_entitlements_by_identity_v1`](IdentitiesApi::list_entitlements_by_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementsByIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListEntitlementsByIdentityV1 {
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

    /// Sends the request: `GET /entitlements/v1/identities/{id}/entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Identityentitlements>,
            crate::SdkError<ListEntitlementsByIdentityV1Error>,
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
            crate::Page<models::Identityentitlements>,
            crate::SdkError<ListEntitlementsByIdentityV1Error>,
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
            models::Identityentitlements,
            crate::SdkError<ListEntitlementsByIdentityV1Error>,
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
            crate::Response<Vec<models::Identityentitlements>>,
            crate::SdkError<ListEntitlementsByIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlementsByIdentityV1",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/v1/identities/",
                    &crate::request::path_segment(&self.id),
                    "/entitlements",
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
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::synchronize_attributes_for_identity_v1`](IdentitiesApi::synchronize_attributes_for_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SynchronizeAttributesForIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::synchronize_attributes_for_identity_v1`](IdentitiesApi::synchronize_attributes_for_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SynchronizeAttributesForIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl SynchronizeAttributesForIdentityV1 {
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

    /// Sends the request: `POST /identities/v1/{identityId}/synchronize-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identitysyncjob,
            crate::SdkError<SynchronizeAttributesForIdentityV1Error>,
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
            crate::Response<models::Identitysyncjob>,
            crate::SdkError<SynchronizeAttributesForIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "synchronizeAttributesForIdentityV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/synchronize-attributes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentitiesApi::start_identities_invite_v1`](IdentitiesApi::start_identities_invite_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartIdentitiesInviteV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::start_identities_invite_v1`](IdentitiesApi::start_identities_invite_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartIdentitiesInviteV1 {
    client: crate::Client,
    options: crate::request::Options,
    inviteidentitiesrequest: models::Inviteidentitiesrequest,
}

impl StartIdentitiesInviteV1 {
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

    /// Sends the request: `POST /identities/v1/invite`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskstatus,
            crate::SdkError<StartIdentitiesInviteV1Error>,
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
            crate::Response<models::Taskstatus>,
            crate::SdkError<StartIdentitiesInviteV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startIdentitiesInviteV1",
            self.options,
            move |client| {
                let path = "/identities/v1/invite";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.inviteidentitiesrequest;
                    request = crate::request::with_json(
                        "startIdentitiesInviteV1",
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

/// The error statuses of [`IdentitiesApi::send_identity_verification_account_token_v1`](IdentitiesApi::send_identity_verification_account_token_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SendIdentityVerificationAccountTokenV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::send_identity_verification_account_token_v1`](IdentitiesApi::send_identity_verification_account_token_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendIdentityVerificationAccountTokenV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sendaccountverificationrequest: models::Sendaccountverificationrequest,
}

impl SendIdentityVerificationAccountTokenV1 {
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

    /// Sends the request: `POST /identities/v1/{id}/verification/account/send`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<SendIdentityVerificationAccountTokenV1Error>>,
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
            crate::SdkError<SendIdentityVerificationAccountTokenV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendIdentityVerificationAccountTokenV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.id),
                    "/verification/account/send",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                {
                    let value = &self.sendaccountverificationrequest;
                    request = crate::request::with_json(
                        "sendIdentityVerificationAccountTokenV1",
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

/// The error statuses of [`IdentitiesApi::start_identity_processing_v1`](IdentitiesApi::start_identity_processing_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartIdentityProcessingV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentitiesApi::start_identity_processing_v1`](IdentitiesApi::start_identity_processing_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartIdentityProcessingV1 {
    client: crate::Client,
    options: crate::request::Options,
    processidentitiesrequest: models::Processidentitiesrequest,
}

impl StartIdentityProcessingV1 {
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

    /// Sends the request: `POST /identities/v1/process`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskresultresponse,
            crate::SdkError<StartIdentityProcessingV1Error>,
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
            crate::Response<models::Taskresultresponse>,
            crate::SdkError<StartIdentityProcessingV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startIdentityProcessingV1",
            self.options,
            move |client| {
                let path = "/identities/v1/process";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.processidentitiesrequest;
                    request = crate::request::with_json(
                        "startIdentityProcessingV1",
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
