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
    pub fn list_access_model_metadata_attribute(
        &self,
    ) -> ListAccessModelMetadataAttribute<'a> {
        ListAccessModelMetadataAttribute {
            client: self.client,
            filters: None,
            sorters: None,
            limit: None,
            offset: None,
            count: None,
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
    pub fn create_access_model_metadata_attribute(
        &self,
        attribute_dto: models::AttributeDto,
    ) -> CreateAccessModelMetadataAttribute<'a> {
        CreateAccessModelMetadataAttribute {
            client: self.client,
            attribute_dto,
        }
    }

    /// Get access model metadata attribute
    ///
    /// Get single Access Model Metadata Attribute
    ///
    /// `GET /access-model-metadata/attributes/{key}` (`getAccessModelMetadataAttribute`)
    pub fn get_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
    ) -> GetAccessModelMetadataAttribute<'a> {
        GetAccessModelMetadataAttribute {
            client: self.client,
            key: key.into(),
        }
    }

    /// Update access model metadata attribute
    ///
    /// Update an existing Access Model Metadata Attribute.
    /// The following fields are patchable: **name**, **description**, **multiselect**, **isAdhoc**, **values**
    ///
    /// `PATCH /access-model-metadata/attributes/{key}` (`updateAccessModelMetadataAttribute`)
    pub fn update_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
        v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttribute<'a> {
        UpdateAccessModelMetadataAttribute {
            client: self.client,
            key: key.into(),
            v3_json_patch_operation,
        }
    }

    /// List access model metadata values
    ///
    /// Get a list of Access Model Metadata Attribute Values. Supports pagination through limit and offset parameters.
    ///
    /// `GET /access-model-metadata/attributes/{key}/values` (`listAccessModelMetadataAttributeValue`)
    pub fn list_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
    ) -> ListAccessModelMetadataAttributeValue<'a> {
        ListAccessModelMetadataAttributeValue {
            client: self.client,
            key: key.into(),
            filters: None,
            sorters: None,
            limit: None,
            offset: None,
            count: None,
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
    pub fn create_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        attribute_value_dto: models::AttributeValueDto,
    ) -> CreateAccessModelMetadataAttributeValue<'a> {
        CreateAccessModelMetadataAttributeValue {
            client: self.client,
            key: key.into(),
            attribute_value_dto,
        }
    }

    /// Get access model metadata value
    ///
    /// Get single Access Model Metadata Attribute Value
    ///
    /// `GET /access-model-metadata/attributes/{key}/values/{value}` (`getAccessModelMetadataAttributeValue`)
    pub fn get_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> GetAccessModelMetadataAttributeValue<'a> {
        GetAccessModelMetadataAttributeValue {
            client: self.client,
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
    pub fn update_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
        v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttributeValue<'a> {
        UpdateAccessModelMetadataAttributeValue {
            client: self.client,
            key: key.into(),
            value: value.into(),
            v3_json_patch_operation,
        }
    }
}

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute`](AccessModelMetadataApi::list_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttribute<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl ListAccessModelMetadataAttribute<'_> {
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
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **key, name, type, status**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sends the request: `GET /access-model-metadata/attributes`.
    pub async fn send(self) -> Result<Vec<models::AttributeDto>, crate::Error> {
        let path = "/access-model-metadata/attributes";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self
            .client
            .execute("listAccessModelMetadataAttribute", request)
            .await?;
        crate::request::json("listAccessModelMetadataAttribute", response).await
    }
}

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute`](AccessModelMetadataApi::create_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttribute<'a> {
    client: &'a crate::Client,
    attribute_dto: models::AttributeDto,
}

impl CreateAccessModelMetadataAttribute<'_> {
    /// Sends the request: `POST /access-model-metadata/attributes`.
    pub async fn send(self) -> Result<models::AttributeDto, crate::Error> {
        let path = "/access-model-metadata/attributes";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.attribute_dto;
            request = crate::request::with_json(
                "createAccessModelMetadataAttribute",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createAccessModelMetadataAttribute", request)
            .await?;
        crate::request::json("createAccessModelMetadataAttribute", response).await
    }
}

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute`](AccessModelMetadataApi::get_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttribute<'a> {
    client: &'a crate::Client,
    key: String,
}

impl GetAccessModelMetadataAttribute<'_> {
    /// Sends the request: `GET /access-model-metadata/attributes/{key}`.
    pub async fn send(self) -> Result<models::AttributeDto, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getAccessModelMetadataAttribute", request)
            .await?;
        crate::request::json("getAccessModelMetadataAttribute", response).await
    }
}

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute`](AccessModelMetadataApi::update_access_model_metadata_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttribute<'a> {
    client: &'a crate::Client,
    key: String,
    v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
}

impl UpdateAccessModelMetadataAttribute<'_> {
    /// Sends the request: `PATCH /access-model-metadata/attributes/{key}`.
    pub async fn send(self) -> Result<models::AttributeDto, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.v3_json_patch_operation;
            request = crate::request::with_json(
                "updateAccessModelMetadataAttribute",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("updateAccessModelMetadataAttribute", request)
            .await?;
        crate::request::json("updateAccessModelMetadataAttribute", response).await
    }
}

/// The request of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value`](AccessModelMetadataApi::list_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessModelMetadataAttributeValue<'a> {
    client: &'a crate::Client,
    key: String,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl ListAccessModelMetadataAttributeValue<'_> {
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
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **value, name, status, type**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sends the request: `GET /access-model-metadata/attributes/{key}/values`.
    pub async fn send(self) -> Result<Vec<models::AttributeValueDto>, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
            "/values",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
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
        let response = self
            .client
            .execute("listAccessModelMetadataAttributeValue", request)
            .await?;
        crate::request::json("listAccessModelMetadataAttributeValue", response).await
    }
}

/// The request of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value`](AccessModelMetadataApi::create_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataAttributeValue<'a> {
    client: &'a crate::Client,
    key: String,
    attribute_value_dto: models::AttributeValueDto,
}

impl CreateAccessModelMetadataAttributeValue<'_> {
    /// Sends the request: `POST /access-model-metadata/attributes/{key}/values`.
    pub async fn send(self) -> Result<models::AttributeValueDto, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
            "/values",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.attribute_value_dto;
            request = crate::request::with_json(
                "createAccessModelMetadataAttributeValue",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createAccessModelMetadataAttributeValue", request)
            .await?;
        crate::request::json("createAccessModelMetadataAttributeValue", response).await
    }
}

/// The request of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value`](AccessModelMetadataApi::get_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessModelMetadataAttributeValue<'a> {
    client: &'a crate::Client,
    key: String,
    value: String,
}

impl GetAccessModelMetadataAttributeValue<'_> {
    /// Sends the request: `GET /access-model-metadata/attributes/{key}/values/{value}`.
    pub async fn send(self) -> Result<models::AttributeValueDto, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
            "/values/",
            &crate::request::path_segment(&self.value),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getAccessModelMetadataAttributeValue", request)
            .await?;
        crate::request::json("getAccessModelMetadataAttributeValue", response).await
    }
}

/// The request of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value`](AccessModelMetadataApi::update_access_model_metadata_attribute_value): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccessModelMetadataAttributeValue<'a> {
    client: &'a crate::Client,
    key: String,
    value: String,
    v3_json_patch_operation: Vec<models::V3JsonPatchOperation>,
}

impl UpdateAccessModelMetadataAttributeValue<'_> {
    /// Sends the request: `PATCH /access-model-metadata/attributes/{key}/values/{value}`.
    pub async fn send(self) -> Result<models::AttributeValueDto, crate::Error> {
        let path = [
            "/access-model-metadata/attributes/",
            &crate::request::path_segment(&self.key),
            "/values/",
            &crate::request::path_segment(&self.value),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.v3_json_patch_operation;
            request = crate::request::with_json(
                "updateAccessModelMetadataAttributeValue",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("updateAccessModelMetadataAttributeValue", request)
            .await?;
        crate::request::json("updateAccessModelMetadataAttributeValue", response).await
    }
}
