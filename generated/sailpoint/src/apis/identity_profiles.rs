//! Use this API to implement identity profile functionality.
//! With this functionality in place, administrators can view identity profiles and their configurations.
//!
//! Identity profiles represent the configurations that can be applied to identities as a way of granting them a set of security and access, as well as defining the mappings between their identity attributes and their source attributes.
//!
//! In Identity Security Cloud, administrators can use the Identities drop-down menu and select Identity Profiles to view the list of identity profiles.
//! This list shows some details about each identity profile, along with its status.
//! They can select an identity profile to view its settings, its mappings between identity attributes and correlating source account attributes, and its provisioning settings.
//!
//! Refer to [Creating Identity Profiles](https://documentation.sailpoint.com/saas/help/setup/identity_profiles.html) for more information about identity profiles.

use crate::models;

/// The Identity Profiles operations: get them from [`Client::identity_profiles`](crate::Client::identity_profiles).
#[derive(Debug, Clone, Copy)]
pub struct IdentityProfilesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identity Profiles operations.
    #[inline]
    pub fn identity_profiles(&self) -> IdentityProfilesApi<'_> {
        IdentityProfilesApi {
            client: self,
        }
    }
}

impl<'a> IdentityProfilesApi<'a> {
    /// List identity profiles
    ///
    /// Get a list of identity profiles, based on the specified query parameters.
    ///
    /// `GET /identity-profiles/v1` (`listIdentityProfilesV1`)
    #[inline]
    pub fn list_identity_profiles_v1(&self) -> ListIdentityProfilesV1 {
        ListIdentityProfilesV1 {
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

    /// Create identity profile
    ///
    /// Creates an identity profile.
    ///
    /// `POST /identity-profiles/v1` (`createIdentityProfileV1`)
    #[inline]
    pub fn create_identity_profile_v1(
        &self,
        identityprofile: models::Identityprofile,
    ) -> CreateIdentityProfileV1 {
        CreateIdentityProfileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identityprofile,
        }
    }

    /// Delete identity profiles
    ///
    /// This deletes multiple Identity Profiles via a list of supplied IDs.
    ///
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// The following rights are required to access this endpoint: idn:identity-profile:delete
    ///
    /// `POST /identity-profiles/v1/bulk-delete` (`deleteIdentityProfilesV1`)
    #[inline]
    pub fn delete_identity_profiles_v1(
        &self,
        identityprofilebulkdelete: models::Identityprofilebulkdelete,
    ) -> DeleteIdentityProfilesV1 {
        DeleteIdentityProfilesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identityprofilebulkdelete,
        }
    }

    /// Export identity profiles
    ///
    /// This exports existing identity profiles in the format specified by the sp-config service.
    ///
    /// `GET /identity-profiles/v1/export` (`exportIdentityProfilesV1`)
    #[inline]
    pub fn export_identity_profiles_v1(&self) -> ExportIdentityProfilesV1 {
        ExportIdentityProfilesV1 {
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

    /// Import identity profiles
    ///
    /// This imports previously exported identity profiles.
    ///
    /// `POST /identity-profiles/v1/import` (`importIdentityProfilesV1`)
    #[inline]
    pub fn import_identity_profiles_v1(
        &self,
        identityprofileexportedobject: Vec<models::Identityprofileexportedobject>,
    ) -> ImportIdentityProfilesV1 {
        ImportIdentityProfilesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identityprofileexportedobject,
        }
    }

    /// Get identity profile
    ///
    /// Get a single identity profile by ID.
    ///
    /// `GET /identity-profiles/v1/{identity-profile-id}` (`getIdentityProfileV1`)
    #[inline]
    pub fn get_identity_profile_v1(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetIdentityProfileV1 {
        GetIdentityProfileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Delete identity profile
    ///
    /// Delete an identity profile by ID.
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// `DELETE /identity-profiles/v1/{identity-profile-id}` (`deleteIdentityProfileV1`)
    #[inline]
    pub fn delete_identity_profile_v1(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> DeleteIdentityProfileV1 {
        DeleteIdentityProfileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Update identity profile
    ///
    /// Update a specified identity profile with this PATCH request.
    ///
    /// You cannot update these fields:
    /// * id
    /// * created
    /// * modified
    /// * identityCount
    /// * identityRefreshRequired
    /// * Authoritative Source and Identity Attribute Configuration cannot be modified at the same time.
    ///
    /// `PATCH /identity-profiles/v1/{identity-profile-id}` (`updateIdentityProfileV1`)
    #[inline]
    pub fn update_identity_profile_v1(
        &self,
        identity_profile_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateIdentityProfileV1 {
        UpdateIdentityProfileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            jsonpatchoperation,
        }
    }

    /// Get default identity attribute config
    ///
    /// This returns the default identity attribute config.
    ///
    /// `GET /identity-profiles/v1/{identity-profile-id}/default-identity-attribute-config` (`getDefaultIdentityAttributeConfigV1`)
    #[inline]
    pub fn get_default_identity_attribute_config_v1(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetDefaultIdentityAttributeConfigV1 {
        GetDefaultIdentityAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Process identities under profile
    ///
    /// Process identities under the profile
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    /// This should only be run on identity profiles that have the `identityRefreshRequired` attribute set to `true`. If `identityRefreshRequired` is false, then there is no benefit to running this operation. Typically, this operation is performed when a change is made to the identity profile or its related lifecycle states that requires a refresh.
    /// This operation will perform the following activities on all identities under the identity profile.
    /// 1. Updates identity attribute according to the identity profile mappings. 2. Determines the identity's correct manager through manager correlation. 3. Updates the identity's access according to their assigned lifecycle state. 4. Updates the identity's access based on role assignment criteria.
    ///
    /// `POST /identity-profiles/v1/{identity-profile-id}/process-identities` (`syncIdentityProfileV1`)
    #[inline]
    pub fn sync_identity_profile_v1(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> SyncIdentityProfileV1 {
        SyncIdentityProfileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Generate identity profile preview
    ///
    /// This generates a non-persisted IdentityDetails object that will represent as the preview of the identities attribute when the given policy''s attribute config is applied.
    ///
    /// `POST /identity-profiles/v1/identity-preview` (`generateIdentityPreviewV1`)
    #[inline]
    pub fn generate_identity_preview_v1(
        &self,
        identitypreviewrequest: models::Identitypreviewrequest,
    ) -> GenerateIdentityPreviewV1 {
        GenerateIdentityPreviewV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identitypreviewrequest,
        }
    }
}

/// The error statuses of [`IdentityProfilesApi::list_identity_profiles_v1`](IdentityProfilesApi::list_identity_profiles_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListIdentityProfilesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::list_identity_profiles_v1`](IdentityProfilesApi::list_identity_profiles_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityProfilesV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListIdentityProfilesV1 {
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
    /// **id**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **name**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **priority**: *eq, ne*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority, created, modified, owner.id, owner.name**
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

    /// Sends the request: `GET /identity-profiles/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Identityprofile>,
            crate::SdkError<ListIdentityProfilesV1Error>,
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
            crate::Page<models::Identityprofile>,
            crate::SdkError<ListIdentityProfilesV1Error>,
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
            models::Identityprofile,
            crate::SdkError<ListIdentityProfilesV1Error>,
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
            crate::Response<Vec<models::Identityprofile>>,
            crate::SdkError<ListIdentityProfilesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listIdentityProfilesV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1";
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

/// The error statuses of [`IdentityProfilesApi::create_identity_profile_v1`](IdentityProfilesApi::create_identity_profile_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateIdentityProfileV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::create_identity_profile_v1`](IdentityProfilesApi::create_identity_profile_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityProfileV1 {
    client: crate::Client,
    options: crate::request::Options,
    identityprofile: models::Identityprofile,
}

impl CreateIdentityProfileV1 {
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

    /// Sends the request: `POST /identity-profiles/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityprofile,
            crate::SdkError<CreateIdentityProfileV1Error>,
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
            crate::Response<models::Identityprofile>,
            crate::SdkError<CreateIdentityProfileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createIdentityProfileV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identityprofile;
                    request = crate::request::with_json(
                        "createIdentityProfileV1",
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

/// The error statuses of [`IdentityProfilesApi::delete_identity_profiles_v1`](IdentityProfilesApi::delete_identity_profiles_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteIdentityProfilesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::delete_identity_profiles_v1`](IdentityProfilesApi::delete_identity_profiles_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfilesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identityprofilebulkdelete: models::Identityprofilebulkdelete,
}

impl DeleteIdentityProfilesV1 {
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

    /// Sends the request: `POST /identity-profiles/v1/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskresultsimplified,
            crate::SdkError<DeleteIdentityProfilesV1Error>,
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
            crate::Response<models::Taskresultsimplified>,
            crate::SdkError<DeleteIdentityProfilesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityProfilesV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1/bulk-delete";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identityprofilebulkdelete;
                    request = crate::request::with_json(
                        "deleteIdentityProfilesV1",
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

/// The error statuses of [`IdentityProfilesApi::export_identity_profiles_v1`](IdentityProfilesApi::export_identity_profiles_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ExportIdentityProfilesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::export_identity_profiles_v1`](IdentityProfilesApi::export_identity_profiles_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportIdentityProfilesV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ExportIdentityProfilesV1 {
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
    /// **id**: *eq, ne*
    ///
    /// **name**: *eq, ne*
    ///
    /// **priority**: *eq, ne*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority**
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

    /// Sends the request: `GET /identity-profiles/v1/export`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Identityprofileexportedobject>,
            crate::SdkError<ExportIdentityProfilesV1Error>,
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
            crate::Page<models::Identityprofileexportedobject>,
            crate::SdkError<ExportIdentityProfilesV1Error>,
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
            models::Identityprofileexportedobject,
            crate::SdkError<ExportIdentityProfilesV1Error>,
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
            crate::Response<Vec<models::Identityprofileexportedobject>>,
            crate::SdkError<ExportIdentityProfilesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportIdentityProfilesV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1/export";
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

/// The error statuses of [`IdentityProfilesApi::import_identity_profiles_v1`](IdentityProfilesApi::import_identity_profiles_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportIdentityProfilesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::import_identity_profiles_v1`](IdentityProfilesApi::import_identity_profiles_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportIdentityProfilesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identityprofileexportedobject: Vec<models::Identityprofileexportedobject>,
}

impl ImportIdentityProfilesV1 {
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

    /// Sends the request: `POST /identity-profiles/v1/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Objectimportresult,
            crate::SdkError<ImportIdentityProfilesV1Error>,
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
            crate::Response<models::Objectimportresult>,
            crate::SdkError<ImportIdentityProfilesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importIdentityProfilesV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1/import";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identityprofileexportedobject;
                    request = crate::request::with_json(
                        "importIdentityProfilesV1",
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

/// The error statuses of [`IdentityProfilesApi::get_identity_profile_v1`](IdentityProfilesApi::get_identity_profile_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetIdentityProfileV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::get_identity_profile_v1`](IdentityProfilesApi::get_identity_profile_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityProfileV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl GetIdentityProfileV1 {
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

    /// Sends the request: `GET /identity-profiles/v1/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityprofile,
            crate::SdkError<GetIdentityProfileV1Error>,
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
            crate::Response<models::Identityprofile>,
            crate::SdkError<GetIdentityProfileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityProfileV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityProfilesApi::delete_identity_profile_v1`](IdentityProfilesApi::delete_identity_profile_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIdentityProfileV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::delete_identity_profile_v1`](IdentityProfilesApi::delete_identity_profile_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfileV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl DeleteIdentityProfileV1 {
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

    /// Sends the request: `DELETE /identity-profiles/v1/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskresultsimplified,
            crate::SdkError<DeleteIdentityProfileV1Error>,
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
            crate::Response<models::Taskresultsimplified>,
            crate::SdkError<DeleteIdentityProfileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityProfileV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityProfilesApi::update_identity_profile_v1`](IdentityProfilesApi::update_identity_profile_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateIdentityProfileV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::update_identity_profile_v1`](IdentityProfilesApi::update_identity_profile_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateIdentityProfileV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateIdentityProfileV1 {
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

    /// Sends the request: `PATCH /identity-profiles/v1/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityprofile,
            crate::SdkError<UpdateIdentityProfileV1Error>,
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
            crate::Response<models::Identityprofile>,
            crate::SdkError<UpdateIdentityProfileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateIdentityProfileV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateIdentityProfileV1",
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

/// The error statuses of [`IdentityProfilesApi::get_default_identity_attribute_config_v1`](IdentityProfilesApi::get_default_identity_attribute_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDefaultIdentityAttributeConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::get_default_identity_attribute_config_v1`](IdentityProfilesApi::get_default_identity_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDefaultIdentityAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl GetDefaultIdentityAttributeConfigV1 {
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

    /// Sends the request: `GET /identity-profiles/v1/{identity-profile-id}/default-identity-attribute-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityattributeconfig,
            crate::SdkError<GetDefaultIdentityAttributeConfigV1Error>,
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
            crate::Response<models::Identityattributeconfig>,
            crate::SdkError<GetDefaultIdentityAttributeConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDefaultIdentityAttributeConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/default-identity-attribute-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityProfilesApi::sync_identity_profile_v1`](IdentityProfilesApi::sync_identity_profile_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SyncIdentityProfileV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::sync_identity_profile_v1`](IdentityProfilesApi::sync_identity_profile_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SyncIdentityProfileV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl SyncIdentityProfileV1 {
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

    /// Sends the request: `POST /identity-profiles/v1/{identity-profile-id}/process-identities`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<SyncIdentityProfileV1Error>,
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
            crate::SdkError<SyncIdentityProfileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "syncIdentityProfileV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/process-identities",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityProfilesApi::generate_identity_preview_v1`](IdentityProfilesApi::generate_identity_preview_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GenerateIdentityPreviewV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::generate_identity_preview_v1`](IdentityProfilesApi::generate_identity_preview_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GenerateIdentityPreviewV1 {
    client: crate::Client,
    options: crate::request::Options,
    identitypreviewrequest: models::Identitypreviewrequest,
}

impl GenerateIdentityPreviewV1 {
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

    /// Sends the request: `POST /identity-profiles/v1/identity-preview`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identitypreviewresponse,
            crate::SdkError<GenerateIdentityPreviewV1Error>,
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
            crate::Response<models::Identitypreviewresponse>,
            crate::SdkError<GenerateIdentityPreviewV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "generateIdentityPreviewV1",
            self.options,
            move |client| {
                let path = "/identity-profiles/v1/identity-preview";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identitypreviewrequest;
                    request = crate::request::with_json(
                        "generateIdentityPreviewV1",
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
