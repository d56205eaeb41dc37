//! A multi-word tag. Use these APIs to manage [access model metadata](https://example.com/amm)
//! attributes and their values.

use crate::models;

/// The Access Model Metadata operations: get them from [`Client::access_model_metadata`](crate::Client::access_model_metadata).
#[derive(Debug, Clone, Copy)]
pub struct AccessModelMetadataApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Access Model Metadata operations.
    #[inline]
    pub fn access_model_metadata(&self) -> AccessModelMetadataApi<'_> {
        AccessModelMetadataApi {
            client: self,
        }
    }
}

impl<'a> AccessModelMetadataApi<'a> {
    /// List access model metadata attributes
    ///
    /// Lists attributes with pagination. Filtering follows the [standard filtering](https://example.com/filters) rules:
    /// - `key`: *eq, in*
    /// - `name`: *eq, sw*
    ///   (case-insensitive)
    ///
    /// Example:
    /// ```text
    /// GET /access-model-metadata/attributes?limit=10&offset=20&count=true
    /// ```
    ///
    /// `GET /access-model-metadata/attributes` (`listAccessModelMetadataAttributes`)
    #[inline]
    pub fn list_access_model_metadata_attributes(
        &self,
    ) -> ListAccessModelMetadataAttributes {
        ListAccessModelMetadataAttributes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            keys: None,
            fields: None,
            sort: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create an attribute
    ///
    /// Creates an attribute. Requires the experimental header.
    ///
    /// `POST /access-model-metadata/attributes` (`createAccessModelMetadataAttribute`)
    #[inline]
    pub fn create_access_model_metadata_attribute(
        &self,
        attribute_dto: models::AttributeDto,
    ) -> CreateAccessModelMetadataAttribute {
        CreateAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            attribute_dto,
        }
    }

    /// Get an attribute
    ///
    /// Returns one attribute by key.
    ///
    /// `GET /access-model-metadata/attributes/{key}` (`getAccessModelMetadataAttribute`)
    #[inline]
    pub fn get_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
    ) -> GetAccessModelMetadataAttribute {
        GetAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
        }
    }

    /// Replace an attribute
    ///
    /// Replaces an attribute. Returns `200` with the body when done synchronously, or `202` with no body when queued.
    ///
    /// `PUT /access-model-metadata/attributes/{key}` (`replaceAccessModelMetadataAttribute`)
    #[inline]
    pub fn replace_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
        attribute_dto: models::AttributeDto,
    ) -> ReplaceAccessModelMetadataAttribute {
        ReplaceAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            attribute_dto,
        }
    }

    /// Delete an attribute
    ///
    /// Deletes an attribute. The operationId `delete` is an awkward method name.
    ///
    /// `DELETE /access-model-metadata/attributes/{key}` (`delete`)
    #[inline]
    pub fn delete(&self, key: impl Into<String>) -> Delete {
        Delete {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
        }
    }

    /// Patch an attribute
    ///
    /// Applies a [JSON Patch](https://tools.ietf.org/html/rfc6902) to the attribute.
    ///
    /// `PATCH /access-model-metadata/attributes/{key}` (`patchAccessModelMetadataAttribute`)
    #[inline]
    pub fn patch_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchAccessModelMetadataAttribute {
        PatchAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            json_patch_operation,
        }
    }

    /// Move an attribute
    ///
    /// Moves an attribute. The operationId `move` is a Rust keyword; the JSON body is optional.
    ///
    /// `POST /access-model-metadata/attributes/{key}/move` (`move`)
    #[inline]
    pub fn r#move(&self, key: impl Into<String>, position: i32) -> Move {
        Move {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            position,
            x_request_id: None,
            move_options: None,
        }
    }
}

/// The error statuses of [`AccessModelMetadataApi::list_access_model_metadata_attributes`](AccessModelMetadataApi::list_access_model_metadata_attributes), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAccessModelMetadataAttributesError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::ErrorResponseDto),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time.
    TooManyRequests(models::ErrorResponseDto),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListAccessModelMetadataAttributesError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ListAccessModelMetadataAttributesError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ListAccessModelMetadataAttributesError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ListAccessModelMetadataAttributesError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ListAccessModelMetadataAttributesError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ListAccessModelMetadataAttributesError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ListAccessModelMetadataAttributesError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ListAccessModelMetadataAttributesError::Other
    }
}

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attributes`](AccessModelMetadataApi::list_access_model_metadata_attributes): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttributes {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    keys: Option<Vec<String>>,
    fields: Option<Vec<String>>,
    sort: Option<models::ListAccessModelMetadataAttributesSort>,
    listing: crate::pagination::Listing,
}

impl ListAccessModelMetadataAttributes {
    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If true, the `X-Total-Count` header is returned.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Filter expression such as key eq &lt;value>, e.g. `key eq "iscPrivacy"`; see \[filters\] at <https://example.com/filters>.
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Keys to include; sent as repeated `keys=a&keys=b` (explode default).
    #[inline]
    pub fn keys(mut self, keys: Vec<String>) -> Self {
        self.keys = Some(keys);
        self
    }

    /// Fields to return; sent as `fields=a,b` (explode false).
    #[inline]
    pub fn fields(mut self, fields: Vec<String>) -> Self {
        self.fields = Some(fields);
        self
    }

    /// Sort direction.
    ///
    /// The server's default: `"asc"`.
    #[inline]
    pub fn sort(mut self, sort: models::ListAccessModelMetadataAttributesSort) -> Self {
        self.sort = Some(sort);
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

    /// Sends the request: `GET /access-model-metadata/attributes`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AttributeDto>,
            crate::SdkError<ListAccessModelMetadataAttributesError>,
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
            crate::Page<models::AttributeDto>,
            crate::SdkError<ListAccessModelMetadataAttributesError>,
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
            models::AttributeDto,
            crate::SdkError<ListAccessModelMetadataAttributesError>,
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
            crate::Response<Vec<models::AttributeDto>>,
            crate::SdkError<ListAccessModelMetadataAttributesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessModelMetadataAttributes",
            self.options,
            move |client| {
                let path = "/access-model-metadata/attributes";
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
                if let Some(value) = &self.keys {
                    for item in value {
                        query.push(("keys", item.clone()));
                    }
                }
                if let Some(value) = &self.fields {
                    query.push(("fields", value.join(",")));
                }
                if let Some(value) = &self.sort {
                    query.push(("sort", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessModelMetadataApi::create_access_model_metadata_attribute`](AccessModelMetadataApi::create_access_model_metadata_attribute), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateAccessModelMetadataAttributeError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateAccessModelMetadataAttributeError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateAccessModelMetadataAttributeError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateAccessModelMetadataAttributeError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateAccessModelMetadataAttributeError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateAccessModelMetadataAttributeError::Other
    }
}

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute`](AccessModelMetadataApi::create_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    attribute_dto: models::AttributeDto,
}

impl CreateAccessModelMetadataAttribute {
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

    /// Sends the request: `POST /access-model-metadata/attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeDto,
            crate::SdkError<CreateAccessModelMetadataAttributeError>,
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
            crate::Response<models::AttributeDto>,
            crate::SdkError<CreateAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessModelMetadataAttribute",
            self.options,
            move |client| {
                let path = "/access-model-metadata/attributes";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attribute_dto;
                    request = crate::request::with_json(
                        "createAccessModelMetadataAttribute",
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

/// The error statuses of [`AccessModelMetadataApi::get_access_model_metadata_attribute`](AccessModelMetadataApi::get_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors404`](crate::apis::errors::Errors404).
pub type GetAccessModelMetadataAttributeError = crate::apis::errors::Errors404;

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute`](AccessModelMetadataApi::get_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
}

impl GetAccessModelMetadataAttribute {
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

    /// Sends the request: `GET /access-model-metadata/attributes/{key}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeDto,
            crate::SdkError<GetAccessModelMetadataAttributeError>,
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
            crate::Response<models::AttributeDto>,
            crate::SdkError<GetAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessModelMetadataAttribute",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
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

/// The error statuses of [`AccessModelMetadataApi::replace_access_model_metadata_attribute`](AccessModelMetadataApi::replace_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type ReplaceAccessModelMetadataAttributeError = crate::apis::errors::Errors400;

/// The request of [`AccessModelMetadataApi::replace_access_model_metadata_attribute`](AccessModelMetadataApi::replace_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReplaceAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    attribute_dto: models::AttributeDto,
}

impl ReplaceAccessModelMetadataAttribute {
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

    /// Sends the request: `PUT /access-model-metadata/attributes/{key}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Option<models::AttributeDto>,
            crate::SdkError<ReplaceAccessModelMetadataAttributeError>,
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
            crate::Response<Option<models::AttributeDto>>,
            crate::SdkError<ReplaceAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json_or_empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "replaceAccessModelMetadataAttribute",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attribute_dto;
                    request = crate::request::with_json(
                        "replaceAccessModelMetadataAttribute",
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

/// The error statuses of [`AccessModelMetadataApi::delete`](AccessModelMetadataApi::delete), each with the body the spec declares:
///
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors404`](crate::apis::errors::Errors404).
pub type DeleteError = crate::apis::errors::Errors404;

/// The request of [`AccessModelMetadataApi::delete`](AccessModelMetadataApi::delete): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Delete {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
}

impl Delete {
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

    /// Sends the request: `DELETE /access-model-metadata/attributes/{key}`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::SdkError<DeleteError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "delete",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessModelMetadataApi::patch_access_model_metadata_attribute`](AccessModelMetadataApi::patch_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400`](crate::apis::errors::Errors400).
pub type PatchAccessModelMetadataAttributeError = crate::apis::errors::Errors400;

/// The request of [`AccessModelMetadataApi::patch_access_model_metadata_attribute`](AccessModelMetadataApi::patch_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchAccessModelMetadataAttribute {
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

    /// Sends the request: `PATCH /access-model-metadata/attributes/{key}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeDto,
            crate::SdkError<PatchAccessModelMetadataAttributeError>,
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
            crate::Response<models::AttributeDto>,
            crate::SdkError<PatchAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAccessModelMetadataAttribute",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchAccessModelMetadataAttribute",
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

/// The error statuses of [`AccessModelMetadataApi::move`](AccessModelMetadataApi::move), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MoveError {
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for MoveError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                403 if !empty => MoveError::Forbidden(crate::request::decode_body(body)?),
                _ => MoveError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        MoveError::Other
    }
}

/// The request of [`AccessModelMetadataApi::move`](AccessModelMetadataApi::move): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Move {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    position: i32,
    x_request_id: Option<String>,
    move_options: Option<models::MoveOptions>,
}

impl Move {
    /// Optional correlation id header.
    #[inline]
    pub fn x_request_id(mut self, x_request_id: impl Into<String>) -> Self {
        self.x_request_id = Some(x_request_id.into());
        self
    }

    /// The request body.
    #[inline]
    pub fn move_options(mut self, move_options: models::MoveOptions) -> Self {
        self.move_options = Some(move_options);
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

    /// Sends the request: `POST /access-model-metadata/attributes/{key}/move`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::AttributeDto, crate::SdkError<MoveError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::AttributeDto>,
            crate::SdkError<MoveError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "move",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/move",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.position;
                    query.push(("position", value.to_string()));
                }
                request = request.query(&query);
                if let Some(value) = &self.x_request_id {
                    request = request.header("X-Request-Id", value.clone());
                }
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.move_options {
                    request = crate::request::with_json(
                        "move",
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
