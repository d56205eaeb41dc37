//! The purpose of this API is to expose functionality for the manipulation of Transform objects.
//! Transforms are a form of configurable objects which define an easy way to manipulate attribute data without having
//! to write code.
//!
//! Refer to [Transforms](https://developer.sailpoint.com/docs/extensibility/transforms/) for more information about transforms.

use crate::models;

/// The Transforms operations: get them from [`Client::transforms`](crate::Client::transforms).
#[derive(Debug, Clone, Copy)]
pub struct TransformsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Transforms operations.
    pub fn transforms(&self) -> TransformsApi<'_> {
        TransformsApi { client: self }
    }
}

impl<'a> TransformsApi<'a> {
    /// List transforms
    ///
    /// Gets a list of all saved transform objects.
    /// A token with transforms-list read authority is required to call this API.
    ///
    /// `GET /transforms` (`listTransforms`)
    pub fn list_transforms(&self) -> ListTransforms<'a> {
        ListTransforms {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
            name: None,
            filters: None,
        }
    }

    /// Create transform
    ///
    /// Creates a new transform object immediately. By default, the internal flag is set to false to indicate that this is a custom transform. Only SailPoint employees have the ability to create a transform with internal set to true. Newly created Transforms can be used in the Identity Profile mappings within the UI. A token with transform write authority is required to call this API.
    ///
    /// `POST /transforms` (`createTransform`)
    pub fn create_transform(&self, transform: models::Transform) -> CreateTransform<'a> {
        CreateTransform {
            client: self.client,
            transform,
        }
    }

    /// Transform by id
    ///
    /// This API returns the transform specified by the given ID.
    /// A token with transform read authority is required to call this API.
    ///
    /// `GET /transforms/{id}` (`getTransform`)
    pub fn get_transform(&self, id: impl Into<String>) -> GetTransform<'a> {
        GetTransform {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update a transform
    ///
    /// Replaces the transform specified by the given ID with the transform provided in the request body. Only the "attributes" field is mutable. Attempting to change other properties (ex. "name" and "type") will result in an error.
    /// A token with transform write authority is required to call this API.
    ///
    /// `PUT /transforms/{id}` (`updateTransform`)
    pub fn update_transform(&self, id: impl Into<String>) -> UpdateTransform<'a> {
        UpdateTransform {
            client: self.client,
            id: id.into(),
            transform: None,
        }
    }

    /// Delete a transform
    ///
    /// Deletes the transform specified by the given ID. Attempting to delete a transform that is used in one or more Identity Profile mappings will result in an error. If this occurs, you must first remove the transform from all mappings before deleting the transform.
    /// A token with transform delete authority is required to call this API.
    ///
    /// `DELETE /transforms/{id}` (`deleteTransform`)
    pub fn delete_transform(&self, id: impl Into<String>) -> DeleteTransform<'a> {
        DeleteTransform {
            client: self.client,
            id: id.into(),
        }
    }
}

/// The request of [`TransformsApi::list_transforms`](TransformsApi::list_transforms): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListTransforms<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    name: Option<String>,
    filters: Option<String>,
}

impl ListTransforms<'_> {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
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

    /// Name of the transform to retrieve from the list.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **internal**: *eq*
    ///
    /// **name**: *eq, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /transforms`.
    pub async fn send(self) -> Result<Vec<models::TransformRead>, crate::Error> {
        let path = "/transforms";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.name {
            query.push(("name", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listTransforms", request).await?;
        crate::request::json("listTransforms", response).await
    }
}

/// The request of [`TransformsApi::create_transform`](TransformsApi::create_transform): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateTransform<'a> {
    client: &'a crate::Client,
    transform: models::Transform,
}

impl CreateTransform<'_> {
    /// Sends the request: `POST /transforms`.
    pub async fn send(self) -> Result<models::TransformRead, crate::Error> {
        let path = "/transforms";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.transform;
            request = crate::request::with_json(
                "createTransform",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createTransform", request).await?;
        crate::request::json("createTransform", response).await
    }
}

/// The request of [`TransformsApi::get_transform`](TransformsApi::get_transform): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTransform<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetTransform<'_> {
    /// Sends the request: `GET /transforms/{id}`.
    pub async fn send(self) -> Result<models::TransformRead, crate::Error> {
        let path = ["/transforms/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTransform", request).await?;
        crate::request::json("getTransform", response).await
    }
}

/// The request of [`TransformsApi::update_transform`](TransformsApi::update_transform): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateTransform<'a> {
    client: &'a crate::Client,
    id: String,
    transform: Option<models::Transform>,
}

impl UpdateTransform<'_> {
    /// The updated transform object. Must include "name", "type", and "attributes" fields, but "name" and "type" must not be modified.
    pub fn transform(mut self, transform: models::Transform) -> Self {
        self.transform = Some(transform);
        self
    }

    /// Sends the request: `PUT /transforms/{id}`.
    pub async fn send(self) -> Result<models::TransformRead, crate::Error> {
        let path = ["/transforms/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.transform {
            request = crate::request::with_json(
                "updateTransform",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updateTransform", request).await?;
        crate::request::json("updateTransform", response).await
    }
}

/// The request of [`TransformsApi::delete_transform`](TransformsApi::delete_transform): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteTransform<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteTransform<'_> {
    /// Sends the request: `DELETE /transforms/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/transforms/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteTransform", request).await?;
        crate::request::empty("deleteTransform", response).await
    }
}
