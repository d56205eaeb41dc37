//! The Machine Accounts API.

use crate::models;

/// The Machine Accounts operations: get them from [`Client::machine_accounts`](crate::Client::machine_accounts).
#[derive(Debug, Clone, Copy)]
pub struct MachineAccountsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Accounts operations.
    #[inline]
    pub fn machine_accounts(&self) -> MachineAccountsApi<'_> {
        MachineAccountsApi { client: self }
    }
}

impl<'a> MachineAccountsApi<'a> {
    /// List machine accounts
    ///
    /// This returns a list of machine accounts.
    ///
    /// `GET /machine-accounts/v1` (`listMachineAccountsV1`)
    #[inline]
    pub fn list_machine_accounts_v1(&self) -> ListMachineAccountsV1 {
        ListMachineAccountsV1 {
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

    /// Get machine account details
    ///
    /// Use this API to return the details for a single machine account by its ID.
    ///
    /// `GET /machine-accounts/v1/{id}` (`getMachineAccountV1`)
    #[inline]
    pub fn get_machine_account_v1(&self, id: impl Into<String>) -> GetMachineAccountV1 {
        GetMachineAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update machine account details
    ///
    /// Use this API to update machine accounts details.
    ///
    /// `PATCH /machine-accounts/v1/{id}` (`updateMachineAccountV1`)
    #[inline]
    pub fn update_machine_account_v1(
        &self,
        id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> UpdateMachineAccountV1 {
        UpdateMachineAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }

    /// Retrieve all subtypes by source
    ///
    /// Get all machine account subtypes for a given source.
    ///
    /// `GET /sources/v1/{sourceId}/subtypes` (`listMachineAccountSubtypesV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn list_machine_account_subtypes_v1(
        &self,
        source_id: impl Into<String>,
    ) -> ListMachineAccountSubtypesV1 {
        ListMachineAccountSubtypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            filters: None,
            sorters: None,
            count: None,
            limit: None,
            offset: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create subtype
    ///
    /// Create a new machine account subtype for a source.
    ///
    /// `POST /sources/v1/{sourceId}/subtypes` (`createMachineAccountSubtypeV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_machine_account_subtype_v1(
        &self,
        source_id: impl Into<String>,
        create_machine_account_subtype_v1_request: models::CreateMachineAccountSubtypeV1Request,
    ) -> CreateMachineAccountSubtypeV1 {
        CreateMachineAccountSubtypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            create_machine_account_subtype_v1_request,
        }
    }

    /// Retrieve subtype by source and technicalName
    ///
    /// Get a machine account subtype by source ID and technical name.
    ///
    /// `GET /sources/v1/{sourceId}/subtypes/{technicalName}` (`getMachineAccountSubtypeByTechnicalNameV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_machine_account_subtype_by_technical_name_v1(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> GetMachineAccountSubtypeByTechnicalNameV1 {
        GetMachineAccountSubtypeByTechnicalNameV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
        }
    }

    /// Delete subtype
    ///
    /// Delete a machine account subtype by source ID and technical name.
    ///
    /// `DELETE /sources/v1/{sourceId}/subtypes/{technicalName}` (`deleteMachineAccountSubtypeByTechnicalNameV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn delete_machine_account_subtype_by_technical_name_v1(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> DeleteMachineAccountSubtypeByTechnicalNameV1 {
        DeleteMachineAccountSubtypeByTechnicalNameV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
        }
    }

    /// Patch subtype
    ///
    /// Update fields of a machine account subtype by source ID and technical name.
    /// Patchable fields include: `displayName`, `description`.
    ///
    /// `PATCH /sources/v1/{sourceId}/subtypes/{technicalName}` (`patchMachineAccountSubtypeByTechnicalNameV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn patch_machine_account_subtype_by_technical_name_v1(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchMachineAccountSubtypeByTechnicalNameV1 {
        PatchMachineAccountSubtypeByTechnicalNameV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
            body,
        }
    }

    /// Retrieve subtype by subtype id
    ///
    /// Get a machine account subtype by its unique ID.
    ///
    /// `GET /sources/v1/subtypes/{subtypeId}` (`getMachineAccountSubtypeByIdV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_machine_account_subtype_by_id_v1(
        &self,
        subtype_id: impl Into<String>,
    ) -> GetMachineAccountSubtypeByIdV1 {
        GetMachineAccountSubtypeByIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
        }
    }
}

/// The error statuses of [`MachineAccountsApi::list_machine_accounts_v1`](MachineAccountsApi::list_machine_accounts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListMachineAccountsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountsApi::list_machine_accounts_v1`](MachineAccountsApi::list_machine_accounts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMachineAccountsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListMachineAccountsV1 {
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
    /// **name**: *eq, in, sw*
    ///
    /// **nativeIdentity**: *eq, in, sw*
    ///
    /// **uuid**: *eq, in*
    ///
    /// **description**: *eq, in, sw*
    ///
    /// **machineIdentity.id**: *eq, in*
    ///
    /// **machineIdentity.name**: *eq, in, sw*
    ///
    /// **subtype.technicalName**: *eq, in, sw*
    ///
    /// **subtype.displayName**: *eq, in, sw*
    ///
    /// **accessType**: *eq, in, sw*
    ///
    /// **environment**: *eq, in, sw*
    ///
    /// **ownerIdentity**: *eq, in*
    ///
    /// **ownerIdentity.id**: *eq, in*
    ///
    /// **ownerIdentity.name**: *eq, in, sw*
    ///
    /// **manuallyCorrelated**: *eq*
    ///
    /// **enabled**: *eq*
    ///
    /// **locked**: *eq*
    ///
    /// **hasEntitlements**: *eq*
    ///
    /// **attributes**: *eq*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **source.name**: *eq, in, sw*
    ///
    /// **created**: *eq, gt, lt, ge, le*
    ///
    /// **modified**: *eq, gt, lt, ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, nativeIdentity, ownerIdentity, uuid, description, machineIdentity.id, machineIdentity.name, subtype.technicalName, subtype.displayName, accessType, environment, manuallyCorrelated, enabled, locked, hasEntitlements, ownerIdentity.id, ownerIdentity.name, attributes, source.id, source.name, created, modified**
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

    /// Sends the request: `GET /machine-accounts/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Machineaccount>,
            crate::SdkError<ListMachineAccountsV1Error>,
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
            crate::Page<models::Machineaccount>,
            crate::SdkError<ListMachineAccountsV1Error>,
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
            models::Machineaccount,
            crate::SdkError<ListMachineAccountsV1Error>,
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
            crate::Response<Vec<models::Machineaccount>>,
            crate::SdkError<ListMachineAccountsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listMachineAccountsV1",
            self.options,
            move |client| {
                let path = "/machine-accounts/v1";
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountsApi::get_machine_account_v1`](MachineAccountsApi::get_machine_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountsApi::get_machine_account_v1`](MachineAccountsApi::get_machine_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetMachineAccountV1 {
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

    /// Sends the request: `GET /machine-accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineaccount,
            crate::SdkError<GetMachineAccountV1Error>,
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
            crate::Response<models::Machineaccount>,
            crate::SdkError<GetMachineAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/machine-accounts/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountsApi::update_machine_account_v1`](MachineAccountsApi::update_machine_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateMachineAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountsApi::update_machine_account_v1`](MachineAccountsApi::update_machine_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMachineAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl UpdateMachineAccountV1 {
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

    /// Sends the request: `PATCH /machine-accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineaccount,
            crate::SdkError<UpdateMachineAccountV1Error>,
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
            crate::Response<models::Machineaccount>,
            crate::SdkError<UpdateMachineAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateMachineAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/machine-accounts/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "updateMachineAccountV1",
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

/// The error statuses of [`MachineAccountsApi::list_machine_account_subtypes_v1`](MachineAccountsApi::list_machine_account_subtypes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListMachineAccountSubtypesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::list_machine_account_subtypes_v1`](MachineAccountsApi::list_machine_account_subtypes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMachineAccountSubtypesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    filters: Option<String>,
    sorters: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListMachineAccountSubtypesV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **displayName**: *eq, sw*
    ///
    /// **technicalName**: *eq, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName, technicalName**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /sources/v1/{sourceId}/subtypes`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcesubtype>,
            crate::SdkError<ListMachineAccountSubtypesV1Error>,
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
            crate::Page<models::Sourcesubtype>,
            crate::SdkError<ListMachineAccountSubtypesV1Error>,
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
            models::Sourcesubtype,
            crate::SdkError<ListMachineAccountSubtypesV1Error>,
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
            crate::Response<Vec<models::Sourcesubtype>>,
            crate::SdkError<ListMachineAccountSubtypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listMachineAccountSubtypesV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/subtypes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
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
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountsApi::create_machine_account_subtype_v1`](MachineAccountsApi::create_machine_account_subtype_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateMachineAccountSubtypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::create_machine_account_subtype_v1`](MachineAccountsApi::create_machine_account_subtype_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMachineAccountSubtypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    create_machine_account_subtype_v1_request: models::CreateMachineAccountSubtypeV1Request,
}

impl CreateMachineAccountSubtypeV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/subtypes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtype,
            crate::SdkError<CreateMachineAccountSubtypeV1Error>,
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
            crate::Response<models::Sourcesubtype>,
            crate::SdkError<CreateMachineAccountSubtypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createMachineAccountSubtypeV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/subtypes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_machine_account_subtype_v1_request;
                    request = crate::request::with_json(
                        "createMachineAccountSubtypeV1",
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

/// The error statuses of [`MachineAccountsApi::get_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::get_machine_account_subtype_by_technical_name_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMachineAccountSubtypeByTechnicalNameV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::get_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::get_machine_account_subtype_by_technical_name_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountSubtypeByTechnicalNameV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    technical_name: String,
}

impl GetMachineAccountSubtypeByTechnicalNameV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/subtypes/{technicalName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtype,
            crate::SdkError<GetMachineAccountSubtypeByTechnicalNameV1Error>,
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
            crate::Response<models::Sourcesubtype>,
            crate::SdkError<GetMachineAccountSubtypeByTechnicalNameV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountSubtypeByTechnicalNameV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/subtypes/",
                    &crate::request::path_segment(&self.technical_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountsApi::delete_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::delete_machine_account_subtype_by_technical_name_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteMachineAccountSubtypeByTechnicalNameV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::delete_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::delete_machine_account_subtype_by_technical_name_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMachineAccountSubtypeByTechnicalNameV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    technical_name: String,
}

impl DeleteMachineAccountSubtypeByTechnicalNameV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/subtypes/{technicalName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<DeleteMachineAccountSubtypeByTechnicalNameV1Error>,
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
            crate::Response<()>,
            crate::SdkError<DeleteMachineAccountSubtypeByTechnicalNameV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMachineAccountSubtypeByTechnicalNameV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/subtypes/",
                    &crate::request::path_segment(&self.technical_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountsApi::patch_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::patch_machine_account_subtype_by_technical_name_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchMachineAccountSubtypeByTechnicalNameV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::patch_machine_account_subtype_by_technical_name_v1`](MachineAccountsApi::patch_machine_account_subtype_by_technical_name_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchMachineAccountSubtypeByTechnicalNameV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    technical_name: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchMachineAccountSubtypeByTechnicalNameV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/subtypes/{technicalName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtype,
            crate::SdkError<PatchMachineAccountSubtypeByTechnicalNameV1Error>,
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
            crate::Response<models::Sourcesubtype>,
            crate::SdkError<PatchMachineAccountSubtypeByTechnicalNameV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchMachineAccountSubtypeByTechnicalNameV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/subtypes/",
                    &crate::request::path_segment(&self.technical_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "patchMachineAccountSubtypeByTechnicalNameV1",
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

/// The error statuses of [`MachineAccountsApi::get_machine_account_subtype_by_id_v1`](MachineAccountsApi::get_machine_account_subtype_by_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMachineAccountSubtypeByIdV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountsApi::get_machine_account_subtype_by_id_v1`](MachineAccountsApi::get_machine_account_subtype_by_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountSubtypeByIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
}

impl GetMachineAccountSubtypeByIdV1 {
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

    /// Sends the request: `GET /sources/v1/subtypes/{subtypeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtype,
            crate::SdkError<GetMachineAccountSubtypeByIdV1Error>,
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
            crate::Response<models::Sourcesubtype>,
            crate::SdkError<GetMachineAccountSubtypeByIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountSubtypeByIdV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/subtypes/",
                    &crate::request::path_segment(&self.subtype_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
