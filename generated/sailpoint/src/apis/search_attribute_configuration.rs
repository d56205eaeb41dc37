//! Use this API to implement search attribute configuration functionality, along with [Search](https://developer.sailpoint.com/docs/api/search).
//! With this functionality in place, administrators can create custom search attributes that and run extended searches based on those attributes to further narrow down their searches and get the information and insights they want.
//!
//! Identity Security Cloud (ISC) enables organizations to store user data from across all their connected sources and manage the users' access, so the ability to query and filter that data is essential.
//! Its search goes through all those sources and finds the results quickly and specifically.
//!
//! The search query is flexible - it can be very broad or very narrow.
//! The search only returns results for searchable objects it is filtering for.
//! The following objects are searchable: identities, roles, access profiles, entitlements, events, and account activities.
//! By default, no filter is applied, so a search for "Ad" returns both the identity "Adam.Archer" as well as the role "Administrator."
//!
//! Users can further narrow their results by using ISC's specific syntax and punctuation to structure their queries.
//! For example, the query "attributes.location:austin AND NOT manager.name:amanda.ross" returns all results associated with the Austin location, but it excludes those associated with the manager Amanda Ross.
//! Refer to [Building a Search Query](https://documentation.sailpoint.com/saas/help/search/building-query.html) for more information about how to construct specific search queries.
//!
//! Refer to [Search Attribute Configuration](https://developer.sailpoint.com/docs/extensibility/rules/rule-utility/#configuration-of-search-attributes-within-identity-security-cloud) for more information about ISC's search and its different possibilities.
//!
//! With Search Attribute Configuration, administrators can create, manage, and run searches based on the attributes they want to search.

use crate::models;

/// The Search Attribute Configuration operations: get them from [`Client::search_attribute_configuration`](crate::Client::search_attribute_configuration).
#[derive(Debug, Clone, Copy)]
pub struct SearchAttributeConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Search Attribute Configuration operations.
    #[inline]
    pub fn search_attribute_configuration(&self) -> SearchAttributeConfigurationApi<'_> {
        SearchAttributeConfigurationApi {
            client: self,
        }
    }
}

impl<'a> SearchAttributeConfigurationApi<'a> {
    /// List extended search attributes
    ///
    /// Get a list of attribute/application attributes currently configured in Identity Security Cloud (ISC).
    ///
    /// `GET /accounts/v1/search-attribute-config` (`getSearchAttributeConfigV1`)
    #[inline]
    pub fn get_search_attribute_config_v1(&self) -> GetSearchAttributeConfigV1 {
        GetSearchAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create extended search attributes
    ///
    /// Create and configure extended search attributes.  This API accepts an attribute name, an attribute display name and a list of name/value pair associates of application IDs to attribute names.  It will then validate the inputs and configure/create the attribute promotion configuration in the Link ObjectConfig.
    /// >**Note: Give searchable attributes unique names.  Do not give them the same names used for account attributes or source attributes.  Also, do not give them the same names present in account schema for a current or future source, regardless of whether that source is included in the searchable attributes' `applicationAttributes`.**
    ///
    /// `POST /accounts/v1/search-attribute-config` (`createSearchAttributeConfigV1`)
    #[inline]
    pub fn create_search_attribute_config_v1(
        &self,
        searchattributeconfig: models::Searchattributeconfig,
    ) -> CreateSearchAttributeConfigV1 {
        CreateSearchAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            searchattributeconfig,
        }
    }

    /// Get extended search attribute
    ///
    /// Get an extended attribute configuration by name.
    ///
    /// `GET /accounts/v1/search-attribute-config/{name}` (`getSingleSearchAttributeConfigV1`)
    #[inline]
    pub fn get_single_search_attribute_config_v1(
        &self,
        name: impl Into<String>,
    ) -> GetSingleSearchAttributeConfigV1 {
        GetSingleSearchAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }

    /// Delete extended search attribute
    ///
    /// Delete an extended attribute configuration by name.
    ///
    /// `DELETE /accounts/v1/search-attribute-config/{name}` (`deleteSearchAttributeConfigV1`)
    #[inline]
    pub fn delete_search_attribute_config_v1(
        &self,
        name: impl Into<String>,
    ) -> DeleteSearchAttributeConfigV1 {
        DeleteSearchAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }

    /// Update extended search attribute
    ///
    /// Update an existing search attribute configuration.
    /// You can patch these fields:
    /// * name  * displayName * applicationAttributes
    ///
    /// `PATCH /accounts/v1/search-attribute-config/{name}` (`patchSearchAttributeConfigV1`)
    #[inline]
    pub fn patch_search_attribute_config_v1(
        &self,
        name: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchSearchAttributeConfigV1 {
        PatchSearchAttributeConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`SearchAttributeConfigurationApi::get_search_attribute_config_v1`](SearchAttributeConfigurationApi::get_search_attribute_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSearchAttributeConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SearchAttributeConfigurationApi::get_search_attribute_config_v1`](SearchAttributeConfigurationApi::get_search_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSearchAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetSearchAttributeConfigV1 {
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
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /accounts/v1/search-attribute-config`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Searchattributeconfig>,
            crate::SdkError<GetSearchAttributeConfigV1Error>,
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
            crate::Page<models::Searchattributeconfig>,
            crate::SdkError<GetSearchAttributeConfigV1Error>,
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
            models::Searchattributeconfig,
            crate::SdkError<GetSearchAttributeConfigV1Error>,
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
            crate::Response<Vec<models::Searchattributeconfig>>,
            crate::SdkError<GetSearchAttributeConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSearchAttributeConfigV1",
            self.options,
            move |client| {
                let path = "/accounts/v1/search-attribute-config";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
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

/// The error statuses of [`SearchAttributeConfigurationApi::create_search_attribute_config_v1`](SearchAttributeConfigurationApi::create_search_attribute_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSearchAttributeConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SearchAttributeConfigurationApi::create_search_attribute_config_v1`](SearchAttributeConfigurationApi::create_search_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSearchAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    searchattributeconfig: models::Searchattributeconfig,
}

impl CreateSearchAttributeConfigV1 {
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

    /// Sends the request: `POST /accounts/v1/search-attribute-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CreateSearchAttributeConfigV1Error>,
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
            crate::SdkError<CreateSearchAttributeConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSearchAttributeConfigV1",
            self.options,
            move |client| {
                let path = "/accounts/v1/search-attribute-config";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.searchattributeconfig;
                    request = crate::request::with_json(
                        "createSearchAttributeConfigV1",
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

/// The error statuses of [`SearchAttributeConfigurationApi::get_single_search_attribute_config_v1`](SearchAttributeConfigurationApi::get_single_search_attribute_config_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type GetSingleSearchAttributeConfigV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`SearchAttributeConfigurationApi::get_single_search_attribute_config_v1`](SearchAttributeConfigurationApi::get_single_search_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSingleSearchAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl GetSingleSearchAttributeConfigV1 {
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

    /// Sends the request: `GET /accounts/v1/search-attribute-config/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Option<models::Searchattributeconfig>,
            crate::SdkError<GetSingleSearchAttributeConfigV1Error>,
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
            crate::Response<Option<models::Searchattributeconfig>>,
            crate::SdkError<GetSingleSearchAttributeConfigV1Error>,
        >,
    > {
        crate::request::json_or_empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSingleSearchAttributeConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/search-attribute-config/",
                    &crate::request::path_segment(&self.name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SearchAttributeConfigurationApi::delete_search_attribute_config_v1`](SearchAttributeConfigurationApi::delete_search_attribute_config_v1), each with the body the spec declares:
///
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors401_403_404_429_500`](crate::apis::errors::Errors401_403_404_429_500).
pub type DeleteSearchAttributeConfigV1Error = crate::apis::errors::Errors401_403_404_429_500;

/// The request of [`SearchAttributeConfigurationApi::delete_search_attribute_config_v1`](SearchAttributeConfigurationApi::delete_search_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSearchAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl DeleteSearchAttributeConfigV1 {
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

    /// Sends the request: `DELETE /accounts/v1/search-attribute-config/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteSearchAttributeConfigV1Error>>,
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
            crate::SdkError<DeleteSearchAttributeConfigV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSearchAttributeConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/search-attribute-config/",
                    &crate::request::path_segment(&self.name),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SearchAttributeConfigurationApi::patch_search_attribute_config_v1`](SearchAttributeConfigurationApi::patch_search_attribute_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchSearchAttributeConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SearchAttributeConfigurationApi::patch_search_attribute_config_v1`](SearchAttributeConfigurationApi::patch_search_attribute_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSearchAttributeConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchSearchAttributeConfigV1 {
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

    /// Sends the request: `PATCH /accounts/v1/search-attribute-config/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Searchattributeconfig,
            crate::SdkError<PatchSearchAttributeConfigV1Error>,
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
            crate::Response<models::Searchattributeconfig>,
            crate::SdkError<PatchSearchAttributeConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchSearchAttributeConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/search-attribute-config/",
                    &crate::request::path_segment(&self.name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchSearchAttributeConfigV1",
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
