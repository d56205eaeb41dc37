//! Use this API to create and manage metadata attributes for your Access Model.
//! Access Model Metadata allows you to add contextual information to your ISC Access Model items using pre-defined metadata for risk, regulations, privacy levels, etc., or by creating your own metadata attributes to reflect the unique needs of your organization. This release of the API includes support for entitlement metadata. Support for role and access profile metadata will be introduced in a subsequent release.
//!
//! Common usages for Access Model metadata include:
//!
//! - Organizing and categorizing access items to make it easier for your users to search for and find the access rights they want to request, certify, or manage.
//!
//! - Providing richer information about access that is being acted on to allow stakeholders to make better decisions when approving, certifying, or managing access rights.
//!
//! - Identifying access that may requires additional approval requirements or be subject to more frequent review.

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
    /// Get a list of Access Model Metadata Attributes. Supports pagination through limit and offset parameters.
    ///
    /// `GET /access-model-metadata/attributes` (`listAccessModelMetadataAttribute`)
    #[inline]
    pub fn list_access_model_metadata_attribute(
        &self,
    ) -> ListAccessModelMetadataAttribute {
        ListAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            sorters: None,
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create access model metadata attribute
    ///
    /// Create a new Access Model Metadata Attribute.
    ///
    /// The **isAdhoc** field can be set on creation to indicate whether the Attribute supports ad-hoc
    /// (dynamically created) values in addition to static values; if omitted, it defaults to *false*.
    ///
    /// Any **values** provided at creation time must each have a *type* of *static* (or omit/leave *type*
    /// blank); *adhoc* is not an allowed value on this public API and results in a *400* error. Ad-hoc
    /// values are created dynamically through an internal service-to-service flow, not through this API.
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

    /// Get access model metadata attribute
    ///
    /// Get single Access Model Metadata Attribute
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

    /// Update access model metadata attribute
    ///
    /// Update an existing Access Model Metadata Attribute.
    /// The following fields are patchable: **name**, **description**, **multiselect**, **isAdhoc**, **values**
    ///
    /// `PATCH /access-model-metadata/attributes/{key}` (`updateAccessModelMetadataAttribute`)
    #[inline]
    pub fn update_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
        v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttribute {
        UpdateAccessModelMetadataAttribute {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            v3_json_patch_operation,
        }
    }

    /// List access model metadata values
    ///
    /// Get a list of Access Model Metadata Attribute Values. Supports pagination through limit and offset parameters.
    ///
    /// `GET /access-model-metadata/attributes/{key}/values` (`listAccessModelMetadataAttributeValue`)
    #[inline]
    pub fn list_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
    ) -> ListAccessModelMetadataAttributeValue {
        ListAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            filters: None,
            sorters: None,
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create access model metadata value
    ///
    /// Create a new value for an existing Access Model Metadata Attribute.
    ///
    /// The **type** field must be omitted, blank, or *static* (case-insensitive); *adhoc* is not an
    /// allowed value on this public API and results in a *400* error. Ad-hoc values are created
    /// dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc*
    /// set to *true*, not through this API.
    ///
    /// `POST /access-model-metadata/attributes/{key}/values` (`createAccessModelMetadataAttributeValue`)
    #[inline]
    pub fn create_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        attribute_value_dto: models::AttributeValueDto,
    ) -> CreateAccessModelMetadataAttributeValue {
        CreateAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            attribute_value_dto,
        }
    }

    /// Get access model metadata value
    ///
    /// Get single Access Model Metadata Attribute Value
    ///
    /// `GET /access-model-metadata/attributes/{key}/values/{value}` (`getAccessModelMetadataAttributeValue`)
    #[inline]
    pub fn get_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> GetAccessModelMetadataAttributeValue {
        GetAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            value: value.into(),
        }
    }

    /// Update access model metadata value
    ///
    /// Update an existing Access Model Metadata Attribute Value.
    /// The following fields are patchable: **name**
    ///
    /// `PATCH /access-model-metadata/attributes/{key}/values/{value}` (`updateAccessModelMetadataAttributeValue`)
    #[inline]
    pub fn update_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
        v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttributeValue {
        UpdateAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            value: value.into(),
            v3_json_patch_operation,
        }
    }
}

/// The error statuses of [`AccessModelMetadataApi::list_access_model_metadata_attribute`](AccessModelMetadataApi::list_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListAccessModelMetadataAttributeError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute`](AccessModelMetadataApi::list_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListAccessModelMetadataAttribute {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq, co*
    ///
    /// **name**: *eq, co*
    ///
    /// **type**: *eq*
    ///
    /// **status**: *eq*
    ///
    /// **objectTypes**: *eq*
    ///
    /// Supported composite operators are *and, or*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **key, name, type, status**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /access-model-metadata/attributes`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AttributeDto>,
            crate::SdkError<ListAccessModelMetadataAttributeError>,
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
            crate::SdkError<ListAccessModelMetadataAttributeError>,
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
            crate::SdkError<ListAccessModelMetadataAttributeError>,
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
            crate::SdkError<ListAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessModelMetadataAttribute",
            self.options,
            move |client| {
                let path = "/access-model-metadata/attributes";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
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

/// The error statuses of [`AccessModelMetadataApi::create_access_model_metadata_attribute`](AccessModelMetadataApi::create_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccessModelMetadataAttributeError = crate::apis::errors::Errors400_401_403_429_500;

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
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccessModelMetadataAttributeError = crate::apis::errors::Errors400_401_403_404_429_500;

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
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_attribute`](AccessModelMetadataApi::update_access_model_metadata_attribute), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccessModelMetadataAttributeError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute`](AccessModelMetadataApi::update_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttribute {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
}

impl UpdateAccessModelMetadataAttribute {
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
            crate::SdkError<UpdateAccessModelMetadataAttributeError>,
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
            crate::SdkError<UpdateAccessModelMetadataAttributeError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataAttribute",
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
                    let value = &self.v3_json_patch_operation;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataAttribute",
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

/// The error statuses of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value`](AccessModelMetadataApi::list_access_model_metadata_attribute_value), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListAccessModelMetadataAttributeValueError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value`](AccessModelMetadataApi::list_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttributeValue {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListAccessModelMetadataAttributeValue {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **value**: *eq, co*
    ///
    /// **name**: *eq, co*
    ///
    /// **status**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// Supported composite operators are *and, or*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **value, name, status, type**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /access-model-metadata/attributes/{key}/values`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AttributeValueDto>,
            crate::SdkError<ListAccessModelMetadataAttributeValueError>,
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
            crate::Page<models::AttributeValueDto>,
            crate::SdkError<ListAccessModelMetadataAttributeValueError>,
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
            models::AttributeValueDto,
            crate::SdkError<ListAccessModelMetadataAttributeValueError>,
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
            crate::Response<Vec<models::AttributeValueDto>>,
            crate::SdkError<ListAccessModelMetadataAttributeValueError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessModelMetadataAttributeValue",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values",
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

/// The error statuses of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value`](AccessModelMetadataApi::create_access_model_metadata_attribute_value), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateAccessModelMetadataAttributeValueError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value`](AccessModelMetadataApi::create_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttributeValue {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    attribute_value_dto: models::AttributeValueDto,
}

impl CreateAccessModelMetadataAttributeValue {
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

    /// Sends the request: `POST /access-model-metadata/attributes/{key}/values`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeValueDto,
            crate::SdkError<CreateAccessModelMetadataAttributeValueError>,
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
            crate::Response<models::AttributeValueDto>,
            crate::SdkError<CreateAccessModelMetadataAttributeValueError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessModelMetadataAttributeValue",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attribute_value_dto;
                    request = crate::request::with_json(
                        "createAccessModelMetadataAttributeValue",
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

/// The error statuses of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value`](AccessModelMetadataApi::get_access_model_metadata_attribute_value), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccessModelMetadataAttributeValueError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value`](AccessModelMetadataApi::get_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttributeValue {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    value: String,
}

impl GetAccessModelMetadataAttributeValue {
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

    /// Sends the request: `GET /access-model-metadata/attributes/{key}/values/{value}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeValueDto,
            crate::SdkError<GetAccessModelMetadataAttributeValueError>,
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
            crate::Response<models::AttributeValueDto>,
            crate::SdkError<GetAccessModelMetadataAttributeValueError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessModelMetadataAttributeValue",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values/",
                    &crate::request::path_segment(&self.value),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value`](AccessModelMetadataApi::update_access_model_metadata_attribute_value), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccessModelMetadataAttributeValueError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value`](AccessModelMetadataApi::update_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttributeValue {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    value: String,
    v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
}

impl UpdateAccessModelMetadataAttributeValue {
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

    /// Sends the request: `PATCH /access-model-metadata/attributes/{key}/values/{value}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AttributeValueDto,
            crate::SdkError<UpdateAccessModelMetadataAttributeValueError>,
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
            crate::Response<models::AttributeValueDto>,
            crate::SdkError<UpdateAccessModelMetadataAttributeValueError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataAttributeValue",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values/",
                    &crate::request::path_segment(&self.value),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.v3_json_patch_operation;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataAttributeValue",
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
