//! Use this API to implement source application functionality.
//! With this functionality in place, you can create, customize, and manage applications within sources.

use crate::models;

/// The Apps operations: get them from [`Client::apps`](crate::Client::apps).
#[derive(Debug, Clone, Copy)]
pub struct AppsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Apps operations.
    #[inline]
    pub fn apps(&self) -> AppsApi<'_> {
        AppsApi { client: self }
    }
}

impl<'a> AppsApi<'a> {
    /// Get source app by id
    ///
    /// This API returns a source app by its ID.
    ///
    /// `GET /source-apps/{id}` (`getSourceApp`)
    #[inline]
    pub fn get_source_app(&self, id: impl Into<String>) -> GetSourceApp {
        GetSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete source app by id
    ///
    /// Use this API to delete a specific source app
    ///
    /// `DELETE /source-apps/{id}` (`deleteSourceApp`)
    #[inline]
    pub fn delete_source_app(&self, id: impl Into<String>) -> DeleteSourceApp {
        DeleteSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch source app by id
    ///
    /// This API updates an existing source app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts** and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `PATCH /source-apps/{id}` (`patchSourceApp`)
    #[inline]
    pub fn patch_source_app(&self, id: impl Into<String>) -> PatchSourceApp {
        PatchSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// Bulk update source apps
    ///
    /// This API updates source apps using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.  It can update up to 50 source apps in a batch.
    /// The following fields can be updated: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts**, and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `POST /source-apps/bulk-update` (`updateSourceAppsInBulk`)
    #[inline]
    pub fn update_source_apps_in_bulk(&self) -> UpdateSourceAppsInBulk {
        UpdateSourceAppsInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_app_bulk_update_request: None,
        }
    }

    /// List assigned source apps
    ///
    /// This API returns the list of source apps assigned for logged in user.
    ///
    /// `GET /source-apps/assigned` (`listAssignedSourceApp`)
    #[inline]
    pub fn list_assigned_source_app(&self) -> ListAssignedSourceApp {
        ListAssignedSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List available source apps
    ///
    /// This API returns the list of source apps available for access request.
    ///
    /// `GET /source-apps` (`listAvailableSourceApps`)
    #[inline]
    pub fn list_available_source_apps(&self) -> ListAvailableSourceApps {
        ListAvailableSourceApps {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create source app
    ///
    /// This endpoint creates a source app using the given source app payload
    ///
    /// `POST /source-apps` (`createSourceApp`)
    #[inline]
    pub fn create_source_app(
        &self,
        source_app_create_dto: models::SourceAppCreateDto,
    ) -> CreateSourceApp {
        CreateSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_app_create_dto,
        }
    }

    /// List all source apps
    ///
    /// This API returns the list of all source apps for the org.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /source-apps/all` (`listAllSourceApp`)
    #[inline]
    pub fn list_all_source_app(&self) -> ListAllSourceApp {
        ListAllSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List access profiles for the specified source app
    ///
    /// This API returns the list of access profiles for the specified source app
    ///
    /// `GET /source-apps/{id}/access-profiles` (`listAccessProfilesForSourceApp`)
    #[inline]
    pub fn list_access_profiles_for_source_app(
        &self,
        id: impl Into<String>,
    ) -> ListAccessProfilesForSourceApp {
        ListAccessProfilesForSourceApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Bulk remove access profiles from the specified source app
    ///
    /// This API returns the final list of access profiles for the specified source app after removing
    ///
    /// `POST /source-apps/{id}/access-profiles/bulk-remove` (`deleteAccessProfilesFromSourceAppByBulk`)
    #[inline]
    pub fn delete_access_profiles_from_source_app_by_bulk(
        &self,
        id: impl Into<String>,
        body: Vec<String>,
    ) -> DeleteAccessProfilesFromSourceAppByBulk {
        DeleteAccessProfilesFromSourceAppByBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            body,
        }
    }

    /// Patch user app by id
    ///
    /// This API updates an existing user app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **account**
    ///
    /// `PATCH /user-apps/{id}` (`patchUserApp`)
    #[inline]
    pub fn patch_user_app(&self, id: impl Into<String>) -> PatchUserApp {
        PatchUserApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// List available accounts for user app
    ///
    /// This API returns the list of available accounts for the specified user app. The user app needs to belong lo logged in user.
    ///
    /// `GET /user-apps/{id}/available-accounts` (`listAvailableAccountsForUserApp`)
    #[inline]
    pub fn list_available_accounts_for_user_app(
        &self,
        id: impl Into<String>,
    ) -> ListAvailableAccountsForUserApp {
        ListAvailableAccountsForUserApp {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            count: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List owned user apps
    ///
    /// This API returns the list of user apps assigned to logged in user
    ///
    /// `GET /user-apps` (`listOwnedUserApps`)
    #[inline]
    pub fn list_owned_user_apps(&self) -> ListOwnedUserApps {
        ListOwnedUserApps {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            count: None,
            offset: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List all user apps
    ///
    /// This API returns the list of all user apps with specified filters.
    /// This API must be used with **filters** query parameter.
    ///
    /// `GET /user-apps/all` (`listAllUserApps`)
    #[inline]
    pub fn list_all_user_apps(&self, filters: impl Into<String>) -> ListAllUserApps {
        ListAllUserApps {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            count: None,
            offset: None,
            filters: filters.into(),
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`AppsApi::get_source_app`](AppsApi::get_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceAppError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AppsApi::get_source_app`](AppsApi::get_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSourceApp {
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

    /// Sends the request: `GET /source-apps/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SourceApp, crate::SdkError<GetSourceAppError>>,
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
            crate::Response<models::SourceApp>,
            crate::SdkError<GetSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceApp",
            self.options,
            move |client| {
                let path = ["/source-apps/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AppsApi::delete_source_app`](AppsApi::delete_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteSourceAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::delete_source_app`](AppsApi::delete_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSourceApp {
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

    /// Sends the request: `DELETE /source-apps/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SourceApp, crate::SdkError<DeleteSourceAppError>>,
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
            crate::Response<models::SourceApp>,
            crate::SdkError<DeleteSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceApp",
            self.options,
            move |client| {
                let path = ["/source-apps/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AppsApi::patch_source_app`](AppsApi::patch_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSourceAppError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AppsApi::patch_source_app`](AppsApi::patch_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchSourceApp {
    /// The request body.
    #[inline]
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
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

    /// Sends the request: `PATCH /source-apps/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SourceAppPatchDto, crate::SdkError<PatchSourceAppError>>,
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
            crate::Response<models::SourceAppPatchDto>,
            crate::SdkError<PatchSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSourceApp",
            self.options,
            move |client| {
                let path = ["/source-apps/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.json_patch_operation {
                    request = crate::request::with_json(
                        "patchSourceApp",
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

/// The error statuses of [`AppsApi::update_source_apps_in_bulk`](AppsApi::update_source_apps_in_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceAppsInBulkError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AppsApi::update_source_apps_in_bulk`](AppsApi::update_source_apps_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceAppsInBulk {
    client: crate::Client,
    options: crate::request::Options,
    source_app_bulk_update_request: Option<models::SourceAppBulkUpdateRequest>,
}

impl UpdateSourceAppsInBulk {
    /// The request body.
    #[inline]
    pub fn source_app_bulk_update_request(
        mut self,
        source_app_bulk_update_request: models::SourceAppBulkUpdateRequest,
    ) -> Self {
        self.source_app_bulk_update_request = Some(source_app_bulk_update_request);
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

    /// Sends the request: `POST /source-apps/bulk-update`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<UpdateSourceAppsInBulkError>>> {
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
            crate::SdkError<UpdateSourceAppsInBulkError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceAppsInBulk",
            self.options,
            move |client| {
                let path = "/source-apps/bulk-update";
                let mut request = client.request(reqwest::Method::POST, path);
                if let Some(value) = &self.source_app_bulk_update_request {
                    request = crate::request::with_json(
                        "updateSourceAppsInBulk",
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

/// The error statuses of [`AppsApi::list_assigned_source_app`](AppsApi::list_assigned_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAssignedSourceAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_assigned_source_app`](AppsApi::list_assigned_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAssignedSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAssignedSourceApp {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, accountSource.id**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
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

    /// Sends the request: `GET /source-apps/assigned`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::SourceApp>,
            crate::SdkError<ListAssignedSourceAppError>,
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
            crate::Page<models::SourceApp>,
            crate::SdkError<ListAssignedSourceAppError>,
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
        Item = Result<models::SourceApp, crate::SdkError<ListAssignedSourceAppError>>,
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
            crate::Response<Vec<models::SourceApp>>,
            crate::SdkError<ListAssignedSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAssignedSourceApp",
            self.options,
            move |client| {
                let path = "/source-apps/assigned";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
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

/// The error statuses of [`AppsApi::list_available_source_apps`](AppsApi::list_available_source_apps), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAvailableSourceAppsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_available_source_apps`](AppsApi::list_available_source_apps): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAvailableSourceApps {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAvailableSourceApps {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
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

    /// Sends the request: `GET /source-apps`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::SourceApp>,
            crate::SdkError<ListAvailableSourceAppsError>,
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
            crate::Page<models::SourceApp>,
            crate::SdkError<ListAvailableSourceAppsError>,
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
        Item = Result<models::SourceApp, crate::SdkError<ListAvailableSourceAppsError>>,
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
            crate::Response<Vec<models::SourceApp>>,
            crate::SdkError<ListAvailableSourceAppsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAvailableSourceApps",
            self.options,
            move |client| {
                let path = "/source-apps";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
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

/// The error statuses of [`AppsApi::create_source_app`](AppsApi::create_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::create_source_app`](AppsApi::create_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    source_app_create_dto: models::SourceAppCreateDto,
}

impl CreateSourceApp {
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

    /// Sends the request: `POST /source-apps`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SourceApp, crate::SdkError<CreateSourceAppError>>,
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
            crate::Response<models::SourceApp>,
            crate::SdkError<CreateSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceApp",
            self.options,
            move |client| {
                let path = "/source-apps";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source_app_create_dto;
                    request = crate::request::with_json(
                        "createSourceApp",
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

/// The error statuses of [`AppsApi::list_all_source_app`](AppsApi::list_all_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAllSourceAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_all_source_app`](AppsApi::list_all_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAllSourceApp {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    ///
    /// **enabled**: *eq*
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

    /// Sends the request: `GET /source-apps/all`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::SourceApp>, crate::SdkError<ListAllSourceAppError>>,
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
            crate::Page<models::SourceApp>,
            crate::SdkError<ListAllSourceAppError>,
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
        Item = Result<models::SourceApp, crate::SdkError<ListAllSourceAppError>>,
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
            crate::Response<Vec<models::SourceApp>>,
            crate::SdkError<ListAllSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAllSourceApp",
            self.options,
            move |client| {
                let path = "/source-apps/all";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
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

/// The error statuses of [`AppsApi::list_access_profiles_for_source_app`](AppsApi::list_access_profiles_for_source_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAccessProfilesForSourceAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_access_profiles_for_source_app`](AppsApi::list_access_profiles_for_source_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessProfilesForSourceApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAccessProfilesForSourceApp {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /source-apps/{id}/access-profiles`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AccessProfileDetails>,
            crate::SdkError<ListAccessProfilesForSourceAppError>,
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
            crate::Page<models::AccessProfileDetails>,
            crate::SdkError<ListAccessProfilesForSourceAppError>,
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
            models::AccessProfileDetails,
            crate::SdkError<ListAccessProfilesForSourceAppError>,
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
            crate::Response<Vec<models::AccessProfileDetails>>,
            crate::SdkError<ListAccessProfilesForSourceAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessProfilesForSourceApp",
            self.options,
            move |client| {
                let path = [
                    "/source-apps/",
                    &crate::request::path_segment(&self.id),
                    "/access-profiles",
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

/// The error statuses of [`AppsApi::delete_access_profiles_from_source_app_by_bulk`](AppsApi::delete_access_profiles_from_source_app_by_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteAccessProfilesFromSourceAppByBulkError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::delete_access_profiles_from_source_app_by_bulk`](AppsApi::delete_access_profiles_from_source_app_by_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccessProfilesFromSourceAppByBulk {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    body: Vec<String>,
}

impl DeleteAccessProfilesFromSourceAppByBulk {
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

    /// Sends the request: `POST /source-apps/{id}/access-profiles/bulk-remove`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AccessProfileDetails>,
            crate::SdkError<DeleteAccessProfilesFromSourceAppByBulkError>,
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
            crate::Response<Vec<models::AccessProfileDetails>>,
            crate::SdkError<DeleteAccessProfilesFromSourceAppByBulkError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccessProfilesFromSourceAppByBulk",
            self.options,
            move |client| {
                let path = [
                    "/source-apps/",
                    &crate::request::path_segment(&self.id),
                    "/access-profiles/bulk-remove",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "deleteAccessProfilesFromSourceAppByBulk",
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

/// The error statuses of [`AppsApi::patch_user_app`](AppsApi::patch_user_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchUserAppError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AppsApi::patch_user_app`](AppsApi::patch_user_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchUserApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchUserApp {
    /// The request body.
    #[inline]
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
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

    /// Sends the request: `PATCH /user-apps/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::UserApp, crate::SdkError<PatchUserAppError>>,
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
            crate::Response<models::UserApp>,
            crate::SdkError<PatchUserAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchUserApp",
            self.options,
            move |client| {
                let path = ["/user-apps/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.json_patch_operation {
                    request = crate::request::with_json(
                        "patchUserApp",
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

/// The error statuses of [`AppsApi::list_available_accounts_for_user_app`](AppsApi::list_available_accounts_for_user_app), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAvailableAccountsForUserAppError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_available_accounts_for_user_app`](AppsApi::list_available_accounts_for_user_app): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAvailableAccountsForUserApp {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListAvailableAccountsForUserApp {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Sends the request: `GET /user-apps/{id}/available-accounts`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AppAccountDetails>,
            crate::SdkError<ListAvailableAccountsForUserAppError>,
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
            crate::Page<models::AppAccountDetails>,
            crate::SdkError<ListAvailableAccountsForUserAppError>,
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
            models::AppAccountDetails,
            crate::SdkError<ListAvailableAccountsForUserAppError>,
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
            crate::Response<Vec<models::AppAccountDetails>>,
            crate::SdkError<ListAvailableAccountsForUserAppError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAvailableAccountsForUserApp",
            self.options,
            move |client| {
                let path = [
                    "/user-apps/",
                    &crate::request::path_segment(&self.id),
                    "/available-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
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

/// The error statuses of [`AppsApi::list_owned_user_apps`](AppsApi::list_owned_user_apps), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListOwnedUserAppsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_owned_user_apps`](AppsApi::list_owned_user_apps): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOwnedUserApps {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListOwnedUserApps {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    ///
    /// **ownerName**: *eq, sw*
    ///
    /// **ownerAlias**: *eq, sw*
    ///
    /// **accountId**: *eq*
    ///
    /// **sourceAppId**: *eq*
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

    /// Sends the request: `GET /user-apps`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::UserApp>, crate::SdkError<ListOwnedUserAppsError>>,
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
            crate::Page<models::UserApp>,
            crate::SdkError<ListOwnedUserAppsError>,
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
        Item = Result<models::UserApp, crate::SdkError<ListOwnedUserAppsError>>,
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
            crate::Response<Vec<models::UserApp>>,
            crate::SdkError<ListOwnedUserAppsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listOwnedUserApps",
            self.options,
            move |client| {
                let path = "/user-apps";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
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

/// The error statuses of [`AppsApi::list_all_user_apps`](AppsApi::list_all_user_apps), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAllUserAppsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AppsApi::list_all_user_apps`](AppsApi::list_all_user_apps): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllUserApps {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: String,
    listing: crate::pagination::Listing,
}

impl ListAllUserApps {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Sends the request: `GET /user-apps/all`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::UserApp>, crate::SdkError<ListAllUserAppsError>>,
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
            crate::Page<models::UserApp>,
            crate::SdkError<ListAllUserAppsError>,
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
        Item = Result<models::UserApp, crate::SdkError<ListAllUserAppsError>>,
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
            crate::Response<Vec<models::UserApp>>,
            crate::SdkError<ListAllUserAppsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAllUserApps",
            self.options,
            move |client| {
                let path = "/user-apps/all";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                {
                    let value = &self.filters;
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
