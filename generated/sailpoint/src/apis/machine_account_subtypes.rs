//! Use this API to get, update, and delete machine account subtype for sources.

use crate::models;

/// The Machine Account Subtypes operations: get them from [`Client::machine_account_subtypes`](crate::Client::machine_account_subtypes).
#[derive(Debug, Clone, Copy)]
pub struct MachineAccountSubtypesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Account Subtypes operations.
    #[inline]
    pub fn machine_account_subtypes(&self) -> MachineAccountSubtypesApi<'_> {
        MachineAccountSubtypesApi {
            client: self,
        }
    }
}

impl<'a> MachineAccountSubtypesApi<'a> {
    /// Bulk Retrieve of Source Subtypes
    ///
    /// This endpoint retrieves the subtypes for given subtypeIds.
    ///
    /// `POST /source-subtypes/v1/bulk-retrieve` (`loadBulkSourceSubtypesV1`)
    #[inline]
    pub fn load_bulk_source_subtypes_v1(
        &self,
        bulkretrievesourcesubtypesrequest: models::Bulkretrievesourcesubtypesrequest,
    ) -> LoadBulkSourceSubtypesV1 {
        LoadBulkSourceSubtypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkretrievesourcesubtypesrequest,
        }
    }

    /// Retrieve all subtypes
    ///
    /// Get all machine account subtypes.
    ///
    /// `GET /source-subtypes/v1` (`listSourceSubtypesV1`)
    #[inline]
    pub fn list_source_subtypes_v1(&self) -> ListSourceSubtypesV1 {
        ListSourceSubtypesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    /// Create a new machine account subtype.
    ///
    /// `POST /source-subtypes/v1` (`createSourceSubtypeV1`)
    #[inline]
    pub fn create_source_subtype_v1(
        &self,
        create_source_subtype_v1_request: models::CreateSourceSubtypeV1Request,
    ) -> CreateSourceSubtypeV1 {
        CreateSourceSubtypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_source_subtype_v1_request,
        }
    }

    /// Get subtype by ID
    ///
    /// Get a machine account subtype by subtype ID.
    ///
    /// `GET /source-subtypes/v1/{subtypeId}` (`getSourceSubtypeByIdV1`)
    #[inline]
    pub fn get_source_subtype_by_id_v1(
        &self,
        subtype_id: impl Into<String>,
    ) -> GetSourceSubtypeByIdV1 {
        GetSourceSubtypeByIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
        }
    }

    /// Delete subtype by ID
    ///
    /// Delete a machine account subtype by subtype ID.
    ///
    /// Note: If subtype has approval settings or entitlement for machine account creation enablement then it'll be also deleted.
    ///
    /// `DELETE /source-subtypes/v1/{subtypeId}` (`deleteMachineAccountSubtypeV1`)
    #[inline]
    pub fn delete_machine_account_subtype_v1(
        &self,
        subtype_id: impl Into<String>,
    ) -> DeleteMachineAccountSubtypeV1 {
        DeleteMachineAccountSubtypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
        }
    }

    /// Patch subtype by ID
    ///
    /// Update fields of a machine account subtype by subtype ID.
    /// Patchable fields only include: `displayName`, `description`.
    ///
    /// `PATCH /source-subtypes/v1/{subtypeId}` (`patchMachineAccountSubtypeV1`)
    #[inline]
    pub fn patch_machine_account_subtype_v1(
        &self,
        subtype_id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchMachineAccountSubtypeV1 {
        PatchMachineAccountSubtypeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
            body,
        }
    }

    /// Machine Subtype Approval Config
    ///
    /// This endpoint retrieves the approval configuration for machine account creation and deletion at the machine subtype level. By providing a specific subtypeId in the path, clients can fetch the approval rules and settings (such as required approvers and comments policy) that govern account creation and deletion for that particular machine subtype. The response includes a MachineAccountSubtypeConfigDto object detailing these configurations, enabling clients to understand or display the approval workflow required for creating and deleting machine accounts of the given subtype. Use this endpoint to get machine subtype level approval config for account creation and deletion.
    ///
    /// `GET /source-subtypes/v1/{subtypeId}/machine-config` (`getMachineAccountSubtypeApprovalConfigV1`)
    #[inline]
    pub fn get_machine_account_subtype_approval_config_v1(
        &self,
        subtype_id: impl Into<String>,
    ) -> GetMachineAccountSubtypeApprovalConfigV1 {
        GetMachineAccountSubtypeApprovalConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
        }
    }

    /// Machine Subtype Approval Config
    ///
    /// Updates the approval configuration for machine account deletion at the specified machine subtype level. This endpoint allows clients to modify approval rules and settings (such as required approvers and comments policy) for account creation and deletion workflows associated with a given subtypeId. Use this to customize or enforce approval requirements for creating and deleting machine accounts of a particular subtype.
    ///
    /// `PATCH /source-subtypes/v1/{subtypeId}/machine-config` (`updateMachineAccountSubtypeApprovalConfigV1`)
    #[inline]
    pub fn update_machine_account_subtype_approval_config_v1(
        &self,
        subtype_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateMachineAccountSubtypeApprovalConfigV1 {
        UpdateMachineAccountSubtypeApprovalConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            subtype_id: subtype_id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`MachineAccountSubtypesApi::load_bulk_source_subtypes_v1`](MachineAccountSubtypesApi::load_bulk_source_subtypes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type LoadBulkSourceSubtypesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountSubtypesApi::load_bulk_source_subtypes_v1`](MachineAccountSubtypesApi::load_bulk_source_subtypes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct LoadBulkSourceSubtypesV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkretrievesourcesubtypesrequest: models::Bulkretrievesourcesubtypesrequest,
}

impl LoadBulkSourceSubtypesV1 {
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

    /// Sends the request: `POST /source-subtypes/v1/bulk-retrieve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcesubtypewithsource>,
            crate::SdkError<LoadBulkSourceSubtypesV1Error>,
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
            crate::Response<Vec<models::Sourcesubtypewithsource>>,
            crate::SdkError<LoadBulkSourceSubtypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "loadBulkSourceSubtypesV1",
            self.options,
            move |client| {
                let path = "/source-subtypes/v1/bulk-retrieve";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkretrievesourcesubtypesrequest;
                    request = crate::request::with_json(
                        "loadBulkSourceSubtypesV1",
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

/// The error statuses of [`MachineAccountSubtypesApi::list_source_subtypes_v1`](MachineAccountSubtypesApi::list_source_subtypes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListSourceSubtypesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountSubtypesApi::list_source_subtypes_v1`](MachineAccountSubtypesApi::list_source_subtypes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSourceSubtypesV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    listing: crate::pagination::Listing,
}

impl ListSourceSubtypesV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **displayName**: *eq, sw*
    ///
    /// **technicalName**: *eq, sw*
    ///
    /// **source.id**: *eq, in*
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

    /// Sends the request: `GET /source-subtypes/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcesubtypewithsource>,
            crate::SdkError<ListSourceSubtypesV1Error>,
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
            crate::Page<models::Sourcesubtypewithsource>,
            crate::SdkError<ListSourceSubtypesV1Error>,
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
            models::Sourcesubtypewithsource,
            crate::SdkError<ListSourceSubtypesV1Error>,
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
            crate::Response<Vec<models::Sourcesubtypewithsource>>,
            crate::SdkError<ListSourceSubtypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSourceSubtypesV1",
            self.options,
            move |client| {
                let path = "/source-subtypes/v1";
                let mut request = client.request(reqwest::Method::GET, path);
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

/// The error statuses of [`MachineAccountSubtypesApi::create_source_subtype_v1`](MachineAccountSubtypesApi::create_source_subtype_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceSubtypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountSubtypesApi::create_source_subtype_v1`](MachineAccountSubtypesApi::create_source_subtype_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceSubtypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    create_source_subtype_v1_request: models::CreateSourceSubtypeV1Request,
}

impl CreateSourceSubtypeV1 {
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

    /// Sends the request: `POST /source-subtypes/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtypewithsource,
            crate::SdkError<CreateSourceSubtypeV1Error>,
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
            crate::Response<models::Sourcesubtypewithsource>,
            crate::SdkError<CreateSourceSubtypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceSubtypeV1",
            self.options,
            move |client| {
                let path = "/source-subtypes/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_source_subtype_v1_request;
                    request = crate::request::with_json(
                        "createSourceSubtypeV1",
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

/// The error statuses of [`MachineAccountSubtypesApi::get_source_subtype_by_id_v1`](MachineAccountSubtypesApi::get_source_subtype_by_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSubtypeByIdV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountSubtypesApi::get_source_subtype_by_id_v1`](MachineAccountSubtypesApi::get_source_subtype_by_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSubtypeByIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
}

impl GetSourceSubtypeByIdV1 {
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

    /// Sends the request: `GET /source-subtypes/v1/{subtypeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtypewithsource,
            crate::SdkError<GetSourceSubtypeByIdV1Error>,
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
            crate::Response<models::Sourcesubtypewithsource>,
            crate::SdkError<GetSourceSubtypeByIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSubtypeByIdV1",
            self.options,
            move |client| {
                let path = [
                    "/source-subtypes/v1/",
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

/// The error statuses of [`MachineAccountSubtypesApi::delete_machine_account_subtype_v1`](MachineAccountSubtypesApi::delete_machine_account_subtype_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteMachineAccountSubtypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountSubtypesApi::delete_machine_account_subtype_v1`](MachineAccountSubtypesApi::delete_machine_account_subtype_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMachineAccountSubtypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
}

impl DeleteMachineAccountSubtypeV1 {
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

    /// Sends the request: `DELETE /source-subtypes/v1/{subtypeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteMachineAccountSubtypeV1Error>>,
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
            crate::SdkError<DeleteMachineAccountSubtypeV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMachineAccountSubtypeV1",
            self.options,
            move |client| {
                let path = [
                    "/source-subtypes/v1/",
                    &crate::request::path_segment(&self.subtype_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineAccountSubtypesApi::patch_machine_account_subtype_v1`](MachineAccountSubtypesApi::patch_machine_account_subtype_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchMachineAccountSubtypeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineAccountSubtypesApi::patch_machine_account_subtype_v1`](MachineAccountSubtypesApi::patch_machine_account_subtype_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchMachineAccountSubtypeV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchMachineAccountSubtypeV1 {
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

    /// Sends the request: `PATCH /source-subtypes/v1/{subtypeId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesubtypewithsource,
            crate::SdkError<PatchMachineAccountSubtypeV1Error>,
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
            crate::Response<models::Sourcesubtypewithsource>,
            crate::SdkError<PatchMachineAccountSubtypeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchMachineAccountSubtypeV1",
            self.options,
            move |client| {
                let path = [
                    "/source-subtypes/v1/",
                    &crate::request::path_segment(&self.subtype_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "patchMachineAccountSubtypeV1",
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

/// The error statuses of [`MachineAccountSubtypesApi::get_machine_account_subtype_approval_config_v1`](MachineAccountSubtypesApi::get_machine_account_subtype_approval_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineAccountSubtypeApprovalConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountSubtypesApi::get_machine_account_subtype_approval_config_v1`](MachineAccountSubtypesApi::get_machine_account_subtype_approval_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountSubtypeApprovalConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
}

impl GetMachineAccountSubtypeApprovalConfigV1 {
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

    /// Sends the request: `GET /source-subtypes/v1/{subtypeId}/machine-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineaccountsubtypeconfigdto,
            crate::SdkError<GetMachineAccountSubtypeApprovalConfigV1Error>,
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
            crate::Response<models::Machineaccountsubtypeconfigdto>,
            crate::SdkError<GetMachineAccountSubtypeApprovalConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountSubtypeApprovalConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/source-subtypes/v1/",
                    &crate::request::path_segment(&self.subtype_id),
                    "/machine-config",
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

/// The error statuses of [`MachineAccountSubtypesApi::update_machine_account_subtype_approval_config_v1`](MachineAccountSubtypesApi::update_machine_account_subtype_approval_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateMachineAccountSubtypeApprovalConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountSubtypesApi::update_machine_account_subtype_approval_config_v1`](MachineAccountSubtypesApi::update_machine_account_subtype_approval_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMachineAccountSubtypeApprovalConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    subtype_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateMachineAccountSubtypeApprovalConfigV1 {
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

    /// Sends the request: `PATCH /source-subtypes/v1/{subtypeId}/machine-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineaccountsubtypeconfigdto,
            crate::SdkError<UpdateMachineAccountSubtypeApprovalConfigV1Error>,
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
            crate::Response<models::Machineaccountsubtypeconfigdto>,
            crate::SdkError<UpdateMachineAccountSubtypeApprovalConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateMachineAccountSubtypeApprovalConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/source-subtypes/v1/",
                    &crate::request::path_segment(&self.subtype_id),
                    "/machine-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateMachineAccountSubtypeApprovalConfigV1",
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
