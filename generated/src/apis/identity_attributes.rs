//! The Identity Attributes API.

use crate::models;

/// The Identity Attributes operations: get them from [`Client::identity_attributes`](crate::Client::identity_attributes).
#[derive(Debug, Clone, Copy)]
pub struct IdentityAttributesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identity Attributes operations.
    pub fn identity_attributes(&self) -> IdentityAttributesApi<'_> {
        IdentityAttributesApi {
            client: self,
        }
    }
}

impl<'a> IdentityAttributesApi<'a> {
    /// List identity attributes
    ///
    /// Use this API to get a collection of identity attributes.
    ///
    /// `GET /identity-attributes` (`listIdentityAttributes`)
    pub fn list_identity_attributes(&self) -> ListIdentityAttributes<'a> {
        ListIdentityAttributes {
            client: self.client,
            include_system: None,
            include_silent: None,
            searchable_only: None,
            count: None,
        }
    }

    /// Create identity attribute
    ///
    /// Use this API to create a new identity attribute.   A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /identity-attributes` (`createIdentityAttribute`)
    pub fn create_identity_attribute(
        &self,
        identity_attribute: models::IdentityAttribute,
    ) -> CreateIdentityAttribute<'a> {
        CreateIdentityAttribute {
            client: self.client,
            identity_attribute,
        }
    }

    /// Get identity attribute
    ///
    /// This gets an identity attribute for a given technical name.
    ///
    /// `GET /identity-attributes/{name}` (`getIdentityAttribute`)
    pub fn get_identity_attribute(
        &self,
        name: impl Into<String>,
    ) -> GetIdentityAttribute<'a> {
        GetIdentityAttribute {
            client: self.client,
            name: name.into(),
        }
    }

    /// Update identity attribute
    ///
    /// This updates an existing identity attribute.  Making an attribute searchable requires that the `system`, `standard`, and `multi` properties be set to false.   A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /identity-attributes/{name}` (`putIdentityAttribute`)
    pub fn put_identity_attribute(
        &self,
        name: impl Into<String>,
        identity_attribute: models::IdentityAttribute,
    ) -> PutIdentityAttribute<'a> {
        PutIdentityAttribute {
            client: self.client,
            name: name.into(),
            identity_attribute,
        }
    }

    /// Delete identity attribute
    ///
    /// This deletes an identity attribute with the given name.  The `system` and `standard` properties must be set to false before you can delete an identity attribute.   A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /identity-attributes/{name}` (`deleteIdentityAttribute`)
    pub fn delete_identity_attribute(
        &self,
        name: impl Into<String>,
    ) -> DeleteIdentityAttribute<'a> {
        DeleteIdentityAttribute {
            client: self.client,
            name: name.into(),
        }
    }

    /// Bulk delete identity attributes
    ///
    /// Use this API to bulk delete identity attributes for a given set of names. Attributes that are currently mapped in an identity profile cannot be deleted.  The `system` and `standard` properties must be set to 'false' before you can delete an identity attribute.   A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /identity-attributes/bulk-delete` (`deleteIdentityAttributesInBulk`)
    pub fn delete_identity_attributes_in_bulk(
        &self,
        identity_attribute_names: models::IdentityAttributeNames,
    ) -> DeleteIdentityAttributesInBulk<'a> {
        DeleteIdentityAttributesInBulk {
            client: self.client,
            identity_attribute_names,
        }
    }
}

/// The request of [`IdentityAttributesApi::list_identity_attributes`](IdentityAttributesApi::list_identity_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityAttributes<'a> {
    client: &'a crate::Client,
    include_system: Option<bool>,
    include_silent: Option<bool>,
    searchable_only: Option<bool>,
    count: Option<bool>,
}

impl ListIdentityAttributes<'_> {
    /// Include 'system' attributes in the response.
    ///
    /// The server's default: `false`.
    pub fn include_system(mut self, include_system: bool) -> Self {
        self.include_system = Some(include_system);
        self
    }

    /// Include 'silent' attributes in the response.
    ///
    /// The server's default: `false`.
    pub fn include_silent(mut self, include_silent: bool) -> Self {
        self.include_silent = Some(include_silent);
        self
    }

    /// Include only 'searchable' attributes in the response.
    ///
    /// The server's default: `false`.
    pub fn searchable_only(mut self, searchable_only: bool) -> Self {
        self.searchable_only = Some(searchable_only);
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

    /// Sends the request: `GET /identity-attributes`.
    pub async fn send(self) -> Result<Vec<models::IdentityAttribute>, crate::Error> {
        let path = "/identity-attributes";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.include_system {
            query.push(("includeSystem", value.to_string()));
        }
        if let Some(value) = &self.include_silent {
            query.push(("includeSilent", value.to_string()));
        }
        if let Some(value) = &self.searchable_only {
            query.push(("searchableOnly", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listIdentityAttributes", request).await?;
        crate::request::json("listIdentityAttributes", response).await
    }
}

/// The request of [`IdentityAttributesApi::create_identity_attribute`](IdentityAttributesApi::create_identity_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityAttribute<'a> {
    client: &'a crate::Client,
    identity_attribute: models::IdentityAttribute,
}

impl CreateIdentityAttribute<'_> {
    /// Sends the request: `POST /identity-attributes`.
    pub async fn send(self) -> Result<models::IdentityAttribute, crate::Error> {
        let path = "/identity-attributes";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_attribute;
            request = crate::request::with_json(
                "createIdentityAttribute",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createIdentityAttribute", request).await?;
        crate::request::json("createIdentityAttribute", response).await
    }
}

/// The request of [`IdentityAttributesApi::get_identity_attribute`](IdentityAttributesApi::get_identity_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityAttribute<'a> {
    client: &'a crate::Client,
    name: String,
}

impl GetIdentityAttribute<'_> {
    /// Sends the request: `GET /identity-attributes/{name}`.
    pub async fn send(self) -> Result<models::IdentityAttribute, crate::Error> {
        let path = ["/identity-attributes/", &crate::request::path_segment(&self.name)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentityAttribute", request).await?;
        crate::request::json("getIdentityAttribute", response).await
    }
}

/// The request of [`IdentityAttributesApi::put_identity_attribute`](IdentityAttributesApi::put_identity_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutIdentityAttribute<'a> {
    client: &'a crate::Client,
    name: String,
    identity_attribute: models::IdentityAttribute,
}

impl PutIdentityAttribute<'_> {
    /// Sends the request: `PUT /identity-attributes/{name}`.
    pub async fn send(self) -> Result<models::IdentityAttribute, crate::Error> {
        let path = ["/identity-attributes/", &crate::request::path_segment(&self.name)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_attribute;
            request = crate::request::with_json(
                "putIdentityAttribute",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putIdentityAttribute", request).await?;
        crate::request::json("putIdentityAttribute", response).await
    }
}

/// The request of [`IdentityAttributesApi::delete_identity_attribute`](IdentityAttributesApi::delete_identity_attribute): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityAttribute<'a> {
    client: &'a crate::Client,
    name: String,
}

impl DeleteIdentityAttribute<'_> {
    /// Sends the request: `DELETE /identity-attributes/{name}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/identity-attributes/", &crate::request::path_segment(&self.name)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteIdentityAttribute", request).await?;
        crate::request::empty("deleteIdentityAttribute", response).await
    }
}

/// The request of [`IdentityAttributesApi::delete_identity_attributes_in_bulk`](IdentityAttributesApi::delete_identity_attributes_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityAttributesInBulk<'a> {
    client: &'a crate::Client,
    identity_attribute_names: models::IdentityAttributeNames,
}

impl DeleteIdentityAttributesInBulk<'_> {
    /// Sends the request: `DELETE /identity-attributes/bulk-delete`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/identity-attributes/bulk-delete";
        let mut request = self.client.request(reqwest::Method::DELETE, path);
        {
            let value = self.identity_attribute_names;
            request = crate::request::with_json(
                "deleteIdentityAttributesInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("deleteIdentityAttributesInBulk", request)
            .await?;
        crate::request::empty("deleteIdentityAttributesInBulk", response).await
    }
}
