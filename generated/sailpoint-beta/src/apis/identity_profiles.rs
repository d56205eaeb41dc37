//! Use this API to implement and customize identity profile functionality.
//! With this functionality in place, administrators can manage identity profiles and configure them for use by identities throughout Identity Security Cloud.
//!
//! Identity profiles represent the configurations that can be applied to identities as a way of granting them a set of security and access, as well as defining the mappings between their identity attributes and their source attributes.
//! This allows administrators to save time by applying identity profiles to any number of similar identities rather than configuring each one individually.
//!
//! In Identity Security Cloud, administrators can use the Identities drop-down menu and select Identity Profiles to view the list of identity profiles.
//! This list shows some details about each identity profile, along with its status. They can select an identity profile to view and modify its settings, its mappings between identity attributes and correlating source account attributes, and its provisioning settings.
//! Administrators can also use this page to create new identity profiles or delete existing ones.
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
    /// A token with ORG_ADMIN or API authority is required to call this API to get a list of Identity Profiles.
    ///
    /// `GET /identity-profiles` (`listIdentityProfiles`)
    #[inline]
    pub fn list_identity_profiles(&self) -> ListIdentityProfiles {
        ListIdentityProfiles {
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
    /// Create an identity profile.
    /// A token with ORG_ADMIN authority is required to call this API to create an Identity Profile.
    ///
    /// `POST /identity-profiles` (`createIdentityProfile`)
    #[inline]
    pub fn create_identity_profile(
        &self,
        identity_profile: models::IdentityProfile,
    ) -> CreateIdentityProfile {
        CreateIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile,
        }
    }

    /// Delete identity profiles
    ///
    /// This deletes multiple Identity Profiles via a list of supplied IDs.
    ///
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// The following rights are required to access this endpoint: idn:identity-profile:delete
    ///
    /// `POST /identity-profiles/bulk-delete` (`deleteIdentityProfiles`)
    #[inline]
    pub fn delete_identity_profiles(
        &self,
        identity_profile_bulk_delete: models::IdentityProfileBulkDelete,
    ) -> DeleteIdentityProfiles {
        DeleteIdentityProfiles {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_bulk_delete,
        }
    }

    /// Export identity profiles
    ///
    /// This exports existing identity profiles in the format specified by the sp-config service.
    ///
    /// `GET /identity-profiles/export` (`exportIdentityProfiles`)
    #[inline]
    pub fn export_identity_profiles(&self) -> ExportIdentityProfiles {
        ExportIdentityProfiles {
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
    /// `POST /identity-profiles/import` (`importIdentityProfiles`)
    #[inline]
    pub fn import_identity_profiles(
        &self,
        identity_profile_exported_object: Vec<models::IdentityProfileExportedObject>,
    ) -> ImportIdentityProfiles {
        ImportIdentityProfiles {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_exported_object,
        }
    }

    /// Generate identity profile preview
    ///
    /// Use this API to generate a non-persisted preview of the identity object after applying `IdentityAttributeConfig` sent in request body.
    /// This API only allows `accountAttribute`, `reference` and `rule` transform types in the `IdentityAttributeConfig` sent in the request body.
    /// A token with ORG_ADMIN authority is required to call this API to generate an identity preview.
    ///
    /// `POST /identity-profiles/identity-preview` (`showGenerateIdentityPreview`)
    #[inline]
    pub fn show_generate_identity_preview(
        &self,
        identity_preview_request: models::IdentityPreviewRequest,
    ) -> ShowGenerateIdentityPreview {
        ShowGenerateIdentityPreview {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_preview_request,
        }
    }

    /// Get identity profile
    ///
    /// Get a single identity profile by ID.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /identity-profiles/{identity-profile-id}` (`getIdentityProfile`)
    #[inline]
    pub fn get_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetIdentityProfile {
        GetIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Delete identity profile
    ///
    /// Delete an identity profile by ID.
    /// On success, this endpoint will return a reference to the bulk delete task result.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /identity-profiles/{identity-profile-id}` (`deleteIdentityProfile`)
    #[inline]
    pub fn delete_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> DeleteIdentityProfile {
        DeleteIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Update identity profile
    ///
    /// Update the specified identity profile with this PATCH request.
    /// A token with ORG_ADMIN authority is required to call this API to update the Identity Profile.
    /// These fields cannot be updated:
    /// * id
    /// * created
    /// * modified
    /// * identityCount
    /// * identityRefreshRequired
    /// * Authoritative Source and Identity Attribute Configuration cannot be modified at once.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}` (`updateIdentityProfile`)
    #[inline]
    pub fn update_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateIdentityProfile {
        UpdateIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            json_patch_operation,
        }
    }

    /// Default identity attribute config
    ///
    /// This returns the default identity attribute config
    /// A token with ORG_ADMIN authority is required to call this API to get the default identity attribute config.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config` (`getDefaultIdentityAttributeConfig`)
    #[inline]
    pub fn get_default_identity_attribute_config(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetDefaultIdentityAttributeConfig {
        GetDefaultIdentityAttributeConfig {
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
    ///    A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /identity-profiles/{identity-profile-id}/process-identities` (`syncIdentityProfile`)
    #[inline]
    pub fn sync_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> SyncIdentityProfile {
        SyncIdentityProfile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
        }
    }
}

/// The error statuses of [`IdentityProfilesApi::list_identity_profiles`](IdentityProfilesApi::list_identity_profiles), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListIdentityProfilesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::list_identity_profiles`](IdentityProfilesApi::list_identity_profiles): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityProfiles {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListIdentityProfiles {
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

    /// Sends the request: `GET /identity-profiles`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::IdentityProfile>,
            crate::SdkError<ListIdentityProfilesError>,
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
            crate::Page<models::IdentityProfile>,
            crate::SdkError<ListIdentityProfilesError>,
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
            models::IdentityProfile,
            crate::SdkError<ListIdentityProfilesError>,
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
            crate::Response<Vec<models::IdentityProfile>>,
            crate::SdkError<ListIdentityProfilesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listIdentityProfiles",
            self.options,
            move |client| {
                let path = "/identity-profiles";
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

/// The error statuses of [`IdentityProfilesApi::create_identity_profile`](IdentityProfilesApi::create_identity_profile), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateIdentityProfileError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::create_identity_profile`](IdentityProfilesApi::create_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile: models::IdentityProfile,
}

impl CreateIdentityProfile {
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

    /// Sends the request: `POST /identity-profiles`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::IdentityProfile,
            crate::SdkError<CreateIdentityProfileError>,
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
            crate::Response<models::IdentityProfile>,
            crate::SdkError<CreateIdentityProfileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createIdentityProfile",
            self.options,
            move |client| {
                let path = "/identity-profiles";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identity_profile;
                    request = crate::request::with_json(
                        "createIdentityProfile",
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

/// The error statuses of [`IdentityProfilesApi::delete_identity_profiles`](IdentityProfilesApi::delete_identity_profiles), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteIdentityProfilesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::delete_identity_profiles`](IdentityProfilesApi::delete_identity_profiles): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfiles {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_bulk_delete: models::IdentityProfileBulkDelete,
}

impl DeleteIdentityProfiles {
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

    /// Sends the request: `POST /identity-profiles/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TaskResultSimplified,
            crate::SdkError<DeleteIdentityProfilesError>,
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
            crate::Response<models::TaskResultSimplified>,
            crate::SdkError<DeleteIdentityProfilesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityProfiles",
            self.options,
            move |client| {
                let path = "/identity-profiles/bulk-delete";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identity_profile_bulk_delete;
                    request = crate::request::with_json(
                        "deleteIdentityProfiles",
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

/// The error statuses of [`IdentityProfilesApi::export_identity_profiles`](IdentityProfilesApi::export_identity_profiles), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ExportIdentityProfilesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::export_identity_profiles`](IdentityProfilesApi::export_identity_profiles): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportIdentityProfiles {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ExportIdentityProfiles {
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

    /// Sends the request: `GET /identity-profiles/export`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::IdentityProfileExportedObject>,
            crate::SdkError<ExportIdentityProfilesError>,
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
            crate::Page<models::IdentityProfileExportedObject>,
            crate::SdkError<ExportIdentityProfilesError>,
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
            models::IdentityProfileExportedObject,
            crate::SdkError<ExportIdentityProfilesError>,
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
            crate::Response<Vec<models::IdentityProfileExportedObject>>,
            crate::SdkError<ExportIdentityProfilesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportIdentityProfiles",
            self.options,
            move |client| {
                let path = "/identity-profiles/export";
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

/// The error statuses of [`IdentityProfilesApi::import_identity_profiles`](IdentityProfilesApi::import_identity_profiles), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportIdentityProfilesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::import_identity_profiles`](IdentityProfilesApi::import_identity_profiles): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportIdentityProfiles {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_exported_object: Vec<models::IdentityProfileExportedObject>,
}

impl ImportIdentityProfiles {
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

    /// Sends the request: `POST /identity-profiles/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ObjectImportResult,
            crate::SdkError<ImportIdentityProfilesError>,
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
            crate::Response<models::ObjectImportResult>,
            crate::SdkError<ImportIdentityProfilesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importIdentityProfiles",
            self.options,
            move |client| {
                let path = "/identity-profiles/import";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identity_profile_exported_object;
                    request = crate::request::with_json(
                        "importIdentityProfiles",
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

/// The error statuses of [`IdentityProfilesApi::show_generate_identity_preview`](IdentityProfilesApi::show_generate_identity_preview), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ShowGenerateIdentityPreviewError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityProfilesApi::show_generate_identity_preview`](IdentityProfilesApi::show_generate_identity_preview): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShowGenerateIdentityPreview {
    client: crate::Client,
    options: crate::request::Options,
    identity_preview_request: models::IdentityPreviewRequest,
}

impl ShowGenerateIdentityPreview {
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

    /// Sends the request: `POST /identity-profiles/identity-preview`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::IdentityPreviewResponse,
            crate::SdkError<ShowGenerateIdentityPreviewError>,
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
            crate::Response<models::IdentityPreviewResponse>,
            crate::SdkError<ShowGenerateIdentityPreviewError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "showGenerateIdentityPreview",
            self.options,
            move |client| {
                let path = "/identity-profiles/identity-preview";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identity_preview_request;
                    request = crate::request::with_json(
                        "showGenerateIdentityPreview",
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

/// The error statuses of [`IdentityProfilesApi::get_identity_profile`](IdentityProfilesApi::get_identity_profile), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetIdentityProfileError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::get_identity_profile`](IdentityProfilesApi::get_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl GetIdentityProfile {
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

    /// Sends the request: `GET /identity-profiles/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::IdentityProfile,
            crate::SdkError<GetIdentityProfileError>,
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
            crate::Response<models::IdentityProfile>,
            crate::SdkError<GetIdentityProfileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityProfile",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
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

/// The error statuses of [`IdentityProfilesApi::delete_identity_profile`](IdentityProfilesApi::delete_identity_profile), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIdentityProfileError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::delete_identity_profile`](IdentityProfilesApi::delete_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl DeleteIdentityProfile {
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

    /// Sends the request: `DELETE /identity-profiles/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TaskResultSimplified,
            crate::SdkError<DeleteIdentityProfileError>,
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
            crate::Response<models::TaskResultSimplified>,
            crate::SdkError<DeleteIdentityProfileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityProfile",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
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

/// The error statuses of [`IdentityProfilesApi::update_identity_profile`](IdentityProfilesApi::update_identity_profile), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateIdentityProfileError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::update_identity_profile`](IdentityProfilesApi::update_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateIdentityProfile {
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

    /// Sends the request: `PATCH /identity-profiles/{identity-profile-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::IdentityProfile,
            crate::SdkError<UpdateIdentityProfileError>,
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
            crate::Response<models::IdentityProfile>,
            crate::SdkError<UpdateIdentityProfileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateIdentityProfile",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
                    &crate::request::path_segment(&self.identity_profile_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "updateIdentityProfile",
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

/// The error statuses of [`IdentityProfilesApi::get_default_identity_attribute_config`](IdentityProfilesApi::get_default_identity_attribute_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDefaultIdentityAttributeConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::get_default_identity_attribute_config`](IdentityProfilesApi::get_default_identity_attribute_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDefaultIdentityAttributeConfig {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl GetDefaultIdentityAttributeConfig {
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

    /// Sends the request: `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::IdentityAttributeConfig,
            crate::SdkError<GetDefaultIdentityAttributeConfigError>,
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
            crate::Response<models::IdentityAttributeConfig>,
            crate::SdkError<GetDefaultIdentityAttributeConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDefaultIdentityAttributeConfig",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
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

/// The error statuses of [`IdentityProfilesApi::sync_identity_profile`](IdentityProfilesApi::sync_identity_profile), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SyncIdentityProfileError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityProfilesApi::sync_identity_profile`](IdentityProfilesApi::sync_identity_profile): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SyncIdentityProfile {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
}

impl SyncIdentityProfile {
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

    /// Sends the request: `POST /identity-profiles/{identity-profile-id}/process-identities`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<SyncIdentityProfileError>,
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
            crate::SdkError<SyncIdentityProfileError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "syncIdentityProfile",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
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
