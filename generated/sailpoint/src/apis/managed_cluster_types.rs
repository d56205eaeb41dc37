//! Use this API to implement managed cluster types functionality.
//! With this functionality in place, administrators can modify and delete existing managed cluster types and create new ones.

use crate::models;

/// The Managed Cluster Types operations: get them from [`Client::managed_cluster_types`](crate::Client::managed_cluster_types).
#[derive(Debug, Clone, Copy)]
pub struct ManagedClusterTypesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Managed Cluster Types operations.
    #[inline]
    pub fn managed_cluster_types(&self) -> ManagedClusterTypesApi<'_> {
        ManagedClusterTypesApi {
            client: self,
        }
    }
}

impl<'a> ManagedClusterTypesApi<'a> {
    /// List managed cluster types
    ///
    /// Get a list of Managed Cluster Types.
    ///
    /// `GET /managed-cluster-types/v1` (`getManagedClusterTypesV1`)
    #[inline]
    pub fn get_managed_cluster_types_v1(&self) -> GetManagedClusterTypesV1 {
        GetManagedClusterTypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            r#type: None,
            pod: None,
            org: None,
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create new managed cluster type
    ///
    /// Create a new Managed Cluster Type.
    ///
    /// The API returns a result that includes the Managed Cluster Type ID
    ///
    /// `POST /managed-cluster-types/v1` (`createManagedClusterTypeV1`)
    #[inline]
    pub fn create_managed_cluster_type_v1(
        &self,
        managedclustertype: models::Managedclustertype,
    ) -> CreateManagedClusterTypeV1 {
        CreateManagedClusterTypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            managedclustertype,
        }
    }

    /// Get a managed cluster type
    ///
    /// Get a Managed Cluster Type.
    ///
    /// `GET /managed-cluster-types/v1/{id}` (`getManagedClusterTypeV1`)
    #[inline]
    pub fn get_managed_cluster_type_v1(
        &self,
        id: impl Into<String>,
    ) -> GetManagedClusterTypeV1 {
        GetManagedClusterTypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Delete a managed cluster type
    ///
    /// Delete an existing Managed Cluster Type.
    ///
    /// `DELETE /managed-cluster-types/v1/{id}` (`deleteManagedClusterTypeV1`)
    #[inline]
    pub fn delete_managed_cluster_type_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteManagedClusterTypeV1 {
        DeleteManagedClusterTypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update a managed cluster type
    ///
    /// Update an existing Managed Cluster Type.
    ///
    /// `PATCH /managed-cluster-types/v1/{id}` (`updateManagedClusterTypeV1`)
    #[inline]
    pub fn update_managed_cluster_type_v1(
        &self,
        id: impl Into<String>,
        jsonpatch: models::Jsonpatch,
    ) -> UpdateManagedClusterTypeV1 {
        UpdateManagedClusterTypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatch,
        }
    }
}

/// The error statuses of [`ManagedClusterTypesApi::get_managed_cluster_types_v1`](ManagedClusterTypesApi::get_managed_cluster_types_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetManagedClusterTypesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClusterTypesApi::get_managed_cluster_types_v1`](ManagedClusterTypesApi::get_managed_cluster_types_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClusterTypesV1 {
    client: crate::Client,
    options: crate::request::Options,
    r#type: Option<String>,
    pod: Option<String>,
    org: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetManagedClusterTypesV1 {
    /// Type descriptor
    #[inline]
    pub fn r#type(mut self, r#type: impl Into<String>) -> Self {
        self.r#type = Some(r#type.into());
        self
    }

    /// Pinned pod (or default)
    #[inline]
    pub fn pod(mut self, pod: impl Into<String>) -> Self {
        self.pod = Some(pod.into());
        self
    }

    /// Pinned org (or default)
    #[inline]
    pub fn org(mut self, org: impl Into<String>) -> Self {
        self.org = Some(org.into());
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

    /// Sends the request: `GET /managed-cluster-types/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Managedclustertype>,
            crate::SdkError<GetManagedClusterTypesV1Error>,
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
            crate::Page<models::Managedclustertype>,
            crate::SdkError<GetManagedClusterTypesV1Error>,
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
            models::Managedclustertype,
            crate::SdkError<GetManagedClusterTypesV1Error>,
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
            crate::Response<Vec<models::Managedclustertype>>,
            crate::SdkError<GetManagedClusterTypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManagedClusterTypesV1",
            self.options,
            move |client| {
                let path = "/managed-cluster-types/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.r#type {
                    query.push(("type", value.clone()));
                }
                if let Some(value) = &self.pod {
                    query.push(("pod", value.clone()));
                }
                if let Some(value) = &self.org {
                    query.push(("org", value.clone()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ManagedClusterTypesApi::create_managed_cluster_type_v1`](ManagedClusterTypesApi::create_managed_cluster_type_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateManagedClusterTypeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClusterTypesApi::create_managed_cluster_type_v1`](ManagedClusterTypesApi::create_managed_cluster_type_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateManagedClusterTypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    managedclustertype: models::Managedclustertype,
}

impl CreateManagedClusterTypeV1 {
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

    /// Sends the request: `POST /managed-cluster-types/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Managedclustertype,
            crate::SdkError<CreateManagedClusterTypeV1Error>,
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
            crate::Response<models::Managedclustertype>,
            crate::SdkError<CreateManagedClusterTypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createManagedClusterTypeV1",
            self.options,
            move |client| {
                let path = "/managed-cluster-types/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.managedclustertype;
                    request = crate::request::with_json(
                        "createManagedClusterTypeV1",
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

/// The error statuses of [`ManagedClusterTypesApi::get_managed_cluster_type_v1`](ManagedClusterTypesApi::get_managed_cluster_type_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetManagedClusterTypeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClusterTypesApi::get_managed_cluster_type_v1`](ManagedClusterTypesApi::get_managed_cluster_type_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClusterTypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetManagedClusterTypeV1 {
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

    /// Sends the request: `GET /managed-cluster-types/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Managedclustertype,
            crate::SdkError<GetManagedClusterTypeV1Error>,
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
            crate::Response<models::Managedclustertype>,
            crate::SdkError<GetManagedClusterTypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManagedClusterTypeV1",
            self.options,
            move |client| {
                let path = [
                    "/managed-cluster-types/v1/",
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

/// The error statuses of [`ManagedClusterTypesApi::delete_managed_cluster_type_v1`](ManagedClusterTypesApi::delete_managed_cluster_type_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteManagedClusterTypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ManagedClusterTypesApi::delete_managed_cluster_type_v1`](ManagedClusterTypesApi::delete_managed_cluster_type_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteManagedClusterTypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteManagedClusterTypeV1 {
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

    /// Sends the request: `DELETE /managed-cluster-types/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteManagedClusterTypeV1Error>>,
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
            crate::SdkError<DeleteManagedClusterTypeV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteManagedClusterTypeV1",
            self.options,
            move |client| {
                let path = [
                    "/managed-cluster-types/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ManagedClusterTypesApi::update_managed_cluster_type_v1`](ManagedClusterTypesApi::update_managed_cluster_type_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateManagedClusterTypeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClusterTypesApi::update_managed_cluster_type_v1`](ManagedClusterTypesApi::update_managed_cluster_type_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateManagedClusterTypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatch: models::Jsonpatch,
}

impl UpdateManagedClusterTypeV1 {
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

    /// Sends the request: `PATCH /managed-cluster-types/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Managedclustertype,
            crate::SdkError<UpdateManagedClusterTypeV1Error>,
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
            crate::Response<models::Managedclustertype>,
            crate::SdkError<UpdateManagedClusterTypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateManagedClusterTypeV1",
            self.options,
            move |client| {
                let path = [
                    "/managed-cluster-types/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatch;
                    request = crate::request::with_json(
                        "updateManagedClusterTypeV1",
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
