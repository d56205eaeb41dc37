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
    /// Get a list of Access Model Metadata Attributes
    ///
    /// `GET /access-model-metadata/v1/attributes` (`listAccessModelMetadataAttributeV1`)
    #[inline]
    pub fn list_access_model_metadata_attribute_v1(
        &self,
    ) -> ListAccessModelMetadataAttributeV1 {
        ListAccessModelMetadataAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            sorters: None,
            limit: None,
            count: None,
        }
    }

    /// Create access model metadata attribute
    ///
    /// Create a new Access Model Metadata Attribute.
    ///
    /// `POST /access-model-metadata/v1/attributes` (`createAccessModelMetadataAttributeV1`)
    #[inline]
    pub fn create_access_model_metadata_attribute_v1(
        &self,
        attributedto: models::Attributedto,
    ) -> CreateAccessModelMetadataAttributeV1 {
        CreateAccessModelMetadataAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            attributedto,
        }
    }

    /// Get access model metadata attribute
    ///
    /// Get single Access Model Metadata Attribute
    ///
    /// `GET /access-model-metadata/v1/attributes/{key}` (`getAccessModelMetadataAttributeV1`)
    #[inline]
    pub fn get_access_model_metadata_attribute_v1(
        &self,
        key: impl Into<String>,
    ) -> GetAccessModelMetadataAttributeV1 {
        GetAccessModelMetadataAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
        }
    }

    /// Update access model metadata attribute
    ///
    /// Update an existing Access Model Metadata Attribute.
    /// The following fields are patchable: **name**, **description**, **multiselect**, **values**
    ///
    /// `PATCH /access-model-metadata/v1/attributes/{key}` (`updateAccessModelMetadataAttributeV1`)
    #[inline]
    pub fn update_access_model_metadata_attribute_v1(
        &self,
        key: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateAccessModelMetadataAttributeV1 {
        UpdateAccessModelMetadataAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            jsonpatchoperation,
        }
    }

    /// List access model metadata values
    ///
    /// Get a list of Access Model Metadata Attribute Values
    ///
    /// `GET /access-model-metadata/v1/attributes/{key}/values` (`listAccessModelMetadataAttributeValueV1`)
    #[inline]
    pub fn list_access_model_metadata_attribute_value_v1(
        &self,
        key: impl Into<String>,
    ) -> ListAccessModelMetadataAttributeValueV1 {
        ListAccessModelMetadataAttributeValueV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            limit: None,
            count: None,
        }
    }

    /// Create access model metadata value
    ///
    /// Create a new value for an existing Access Model Metadata Attribute.
    ///
    /// `POST /access-model-metadata/v1/attributes/{key}/values` (`createAccessModelMetadataAttributeValueV1`)
    #[inline]
    pub fn create_access_model_metadata_attribute_value_v1(
        &self,
        key: impl Into<String>,
        attributevaluedto: models::Attributevaluedto,
    ) -> CreateAccessModelMetadataAttributeValueV1 {
        CreateAccessModelMetadataAttributeValueV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            attributevaluedto,
        }
    }

    /// Get access model metadata value
    ///
    /// Get single Access Model Metadata Attribute Value
    ///
    /// `GET /access-model-metadata/v1/attributes/{key}/values/{value}` (`getAccessModelMetadataAttributeValueV1`)
    #[inline]
    pub fn get_access_model_metadata_attribute_value_v1(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> GetAccessModelMetadataAttributeValueV1 {
        GetAccessModelMetadataAttributeValueV1 {
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
    /// `PATCH /access-model-metadata/v1/attributes/{key}/values/{value}` (`updateAccessModelMetadataAttributeValueV1`)
    #[inline]
    pub fn update_access_model_metadata_attribute_value_v1(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateAccessModelMetadataAttributeValueV1 {
        UpdateAccessModelMetadataAttributeValueV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            key: key.into(),
            value: value.into(),
            jsonpatchoperation,
        }
    }

    /// Metadata Attribute update by filter
    ///
    /// Bulk update Access Model Metadata Attribute Values using a filter
    ///
    /// `POST /access-model-metadata/v1/bulk-update/filter` (`updateAccessModelMetadataByFilterV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn update_access_model_metadata_by_filter_v1(
        &self,
        entitlementattributebulkupdatefilterrequest: models::Entitlementattributebulkupdatefilterrequest,
    ) -> UpdateAccessModelMetadataByFilterV1 {
        UpdateAccessModelMetadataByFilterV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlementattributebulkupdatefilterrequest,
        }
    }

    /// Metadata Attribute update by query
    ///
    /// Bulk update Access Model Metadata Attribute Values using a query
    ///
    /// `POST /access-model-metadata/v1/bulk-update/query` (`updateAccessModelMetadataByQueryV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn update_access_model_metadata_by_query_v1(
        &self,
        entitlementattributebulkupdatequeryrequest: models::Entitlementattributebulkupdatequeryrequest,
    ) -> UpdateAccessModelMetadataByQueryV1 {
        UpdateAccessModelMetadataByQueryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlementattributebulkupdatequeryrequest,
        }
    }

    /// Metadata Attribute update by ids
    ///
    /// Bulk update Access Model Metadata Attribute Values using ids.
    ///
    /// `POST /access-model-metadata/v1/bulk-update/ids` (`updateAccessModelMetadataByIdsV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn update_access_model_metadata_by_ids_v1(
        &self,
        entitlementattributebulkupdateidsrequest: models::Entitlementattributebulkupdateidsrequest,
    ) -> UpdateAccessModelMetadataByIdsV1 {
        UpdateAccessModelMetadataByIdsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlementattributebulkupdateidsrequest,
        }
    }
}

/// The error statuses of [`AccessModelMetadataApi::list_access_model_metadata_attribute_v1`](AccessModelMetadataApi::list_access_model_metadata_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListAccessModelMetadataAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute_v1`](AccessModelMetadataApi::list_access_model_metadata_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    count: Option<bool>,
}

impl ListAccessModelMetadataAttributeV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq*
    ///
    /// **name**: *eq*
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
    /// Sorting is supported for the following fields: **name, key**
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

    /// Sends the request: `GET /access-model-metadata/v1/attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Attributedto>,
            crate::SdkError<ListAccessModelMetadataAttributeV1Error>,
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
            crate::Response<Vec<models::Attributedto>>,
            crate::SdkError<ListAccessModelMetadataAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessModelMetadataAttributeV1",
            self.options,
            move |client| {
                let path = "/access-model-metadata/v1/attributes";
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

/// The error statuses of [`AccessModelMetadataApi::create_access_model_metadata_attribute_v1`](AccessModelMetadataApi::create_access_model_metadata_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccessModelMetadataAttributeV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute_v1`](AccessModelMetadataApi::create_access_model_metadata_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    attributedto: models::Attributedto,
}

impl CreateAccessModelMetadataAttributeV1 {
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

    /// Sends the request: `POST /access-model-metadata/v1/attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributedto,
            crate::SdkError<CreateAccessModelMetadataAttributeV1Error>,
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
            crate::Response<models::Attributedto>,
            crate::SdkError<CreateAccessModelMetadataAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessModelMetadataAttributeV1",
            self.options,
            move |client| {
                let path = "/access-model-metadata/v1/attributes";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attributedto;
                    request = crate::request::with_json(
                        "createAccessModelMetadataAttributeV1",
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

/// The error statuses of [`AccessModelMetadataApi::get_access_model_metadata_attribute_v1`](AccessModelMetadataApi::get_access_model_metadata_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccessModelMetadataAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute_v1`](AccessModelMetadataApi::get_access_model_metadata_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
}

impl GetAccessModelMetadataAttributeV1 {
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

    /// Sends the request: `GET /access-model-metadata/v1/attributes/{key}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributedto,
            crate::SdkError<GetAccessModelMetadataAttributeV1Error>,
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
            crate::Response<models::Attributedto>,
            crate::SdkError<GetAccessModelMetadataAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessModelMetadataAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
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

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_attribute_v1`](AccessModelMetadataApi::update_access_model_metadata_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccessModelMetadataAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute_v1`](AccessModelMetadataApi::update_access_model_metadata_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateAccessModelMetadataAttributeV1 {
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

    /// Sends the request: `PATCH /access-model-metadata/v1/attributes/{key}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributedto,
            crate::SdkError<UpdateAccessModelMetadataAttributeV1Error>,
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
            crate::Response<models::Attributedto>,
            crate::SdkError<UpdateAccessModelMetadataAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
                    &crate::request::path_segment(&self.key),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataAttributeV1",
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

/// The error statuses of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::list_access_model_metadata_attribute_value_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListAccessModelMetadataAttributeValueV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::list_access_model_metadata_attribute_value_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttributeValueV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    limit: Option<i32>,
    count: Option<bool>,
}

impl ListAccessModelMetadataAttributeValueV1 {
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

    /// Sends the request: `GET /access-model-metadata/v1/attributes/{key}/values`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Attributevaluedto>,
            crate::SdkError<ListAccessModelMetadataAttributeValueV1Error>,
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
            crate::Response<Vec<models::Attributevaluedto>>,
            crate::SdkError<ListAccessModelMetadataAttributeValueV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessModelMetadataAttributeValueV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values",
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::create_access_model_metadata_attribute_value_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateAccessModelMetadataAttributeValueV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::create_access_model_metadata_attribute_value_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttributeValueV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    attributevaluedto: models::Attributevaluedto,
}

impl CreateAccessModelMetadataAttributeValueV1 {
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

    /// Sends the request: `POST /access-model-metadata/v1/attributes/{key}/values`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributevaluedto,
            crate::SdkError<CreateAccessModelMetadataAttributeValueV1Error>,
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
            crate::Response<models::Attributevaluedto>,
            crate::SdkError<CreateAccessModelMetadataAttributeValueV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessModelMetadataAttributeValueV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attributevaluedto;
                    request = crate::request::with_json(
                        "createAccessModelMetadataAttributeValueV1",
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

/// The error statuses of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::get_access_model_metadata_attribute_value_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccessModelMetadataAttributeValueV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::get_access_model_metadata_attribute_value_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttributeValueV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    value: String,
}

impl GetAccessModelMetadataAttributeValueV1 {
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

    /// Sends the request: `GET /access-model-metadata/v1/attributes/{key}/values/{value}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributevaluedto,
            crate::SdkError<GetAccessModelMetadataAttributeValueV1Error>,
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
            crate::Response<models::Attributevaluedto>,
            crate::SdkError<GetAccessModelMetadataAttributeValueV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessModelMetadataAttributeValueV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
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

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::update_access_model_metadata_attribute_value_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccessModelMetadataAttributeValueV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value_v1`](AccessModelMetadataApi::update_access_model_metadata_attribute_value_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttributeValueV1 {
    client: crate::Client,
    options: crate::request::Options,
    key: String,
    value: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateAccessModelMetadataAttributeValueV1 {
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

    /// Sends the request: `PATCH /access-model-metadata/v1/attributes/{key}/values/{value}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attributevaluedto,
            crate::SdkError<UpdateAccessModelMetadataAttributeValueV1Error>,
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
            crate::Response<models::Attributevaluedto>,
            crate::SdkError<UpdateAccessModelMetadataAttributeValueV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataAttributeValueV1",
            self.options,
            move |client| {
                let path = [
                    "/access-model-metadata/v1/attributes/",
                    &crate::request::path_segment(&self.key),
                    "/values/",
                    &crate::request::path_segment(&self.value),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataAttributeValueV1",
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

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_by_filter_v1`](AccessModelMetadataApi::update_access_model_metadata_by_filter_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateAccessModelMetadataByFilterV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_by_filter_v1`](AccessModelMetadataApi::update_access_model_metadata_by_filter_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataByFilterV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlementattributebulkupdatefilterrequest: models::Entitlementattributebulkupdatefilterrequest,
}

impl UpdateAccessModelMetadataByFilterV1 {
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

    /// Sends the request: `POST /access-model-metadata/v1/bulk-update/filter`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessmodelmetadatabulkupdateresponse,
            crate::SdkError<UpdateAccessModelMetadataByFilterV1Error>,
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
            crate::Response<models::Accessmodelmetadatabulkupdateresponse>,
            crate::SdkError<UpdateAccessModelMetadataByFilterV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataByFilterV1",
            self.options,
            move |client| {
                let path = "/access-model-metadata/v1/bulk-update/filter";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlementattributebulkupdatefilterrequest;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataByFilterV1",
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

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_by_query_v1`](AccessModelMetadataApi::update_access_model_metadata_by_query_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateAccessModelMetadataByQueryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_by_query_v1`](AccessModelMetadataApi::update_access_model_metadata_by_query_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataByQueryV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlementattributebulkupdatequeryrequest: models::Entitlementattributebulkupdatequeryrequest,
}

impl UpdateAccessModelMetadataByQueryV1 {
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

    /// Sends the request: `POST /access-model-metadata/v1/bulk-update/query`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessmodelmetadatabulkupdateresponse,
            crate::SdkError<UpdateAccessModelMetadataByQueryV1Error>,
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
            crate::Response<models::Accessmodelmetadatabulkupdateresponse>,
            crate::SdkError<UpdateAccessModelMetadataByQueryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataByQueryV1",
            self.options,
            move |client| {
                let path = "/access-model-metadata/v1/bulk-update/query";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlementattributebulkupdatequeryrequest;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataByQueryV1",
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

/// The error statuses of [`AccessModelMetadataApi::update_access_model_metadata_by_ids_v1`](AccessModelMetadataApi::update_access_model_metadata_by_ids_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateAccessModelMetadataByIdsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_by_ids_v1`](AccessModelMetadataApi::update_access_model_metadata_by_ids_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataByIdsV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlementattributebulkupdateidsrequest: models::Entitlementattributebulkupdateidsrequest,
}

impl UpdateAccessModelMetadataByIdsV1 {
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

    /// Sends the request: `POST /access-model-metadata/v1/bulk-update/ids`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessmodelmetadatabulkupdateresponse,
            crate::SdkError<UpdateAccessModelMetadataByIdsV1Error>,
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
            crate::Response<models::Accessmodelmetadatabulkupdateresponse>,
            crate::SdkError<UpdateAccessModelMetadataByIdsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccessModelMetadataByIdsV1",
            self.options,
            move |client| {
                let path = "/access-model-metadata/v1/bulk-update/ids";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlementattributebulkupdateidsrequest;
                    request = crate::request::with_json(
                        "updateAccessModelMetadataByIdsV1",
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
