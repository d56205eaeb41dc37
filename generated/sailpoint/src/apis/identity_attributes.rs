//! The Identity Attributes API.

use crate::models;

/// The Identity Attributes operations: get them from [`Client::identity_attributes`](crate::Client::identity_attributes).
#[derive(Debug, Clone, Copy)]
pub struct IdentityAttributesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identity Attributes operations.
    #[inline]
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
    /// `GET /identity-attributes/v1` (`listIdentityAttributesV1`)
    #[inline]
    pub fn list_identity_attributes_v1(&self) -> ListIdentityAttributesV1 {
        ListIdentityAttributesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            include_system: None,
            include_silent: None,
            searchable_only: None,
            count: None,
        }
    }

    /// Create identity attribute
    ///
    /// Use this API to create a new identity attribute.
    ///
    /// `POST /identity-attributes/v1` (`createIdentityAttributeV1`)
    #[inline]
    pub fn create_identity_attribute_v1(
        &self,
        identityattribute2: models::Identityattribute2,
    ) -> CreateIdentityAttributeV1 {
        CreateIdentityAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identityattribute2,
        }
    }

    /// Get identity attribute
    ///
    /// This gets an identity attribute for a given technical name.
    ///
    /// `GET /identity-attributes/v1/{name}` (`getIdentityAttributeV1`)
    #[inline]
    pub fn get_identity_attribute_v1(
        &self,
        name: impl Into<String>,
    ) -> GetIdentityAttributeV1 {
        GetIdentityAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }

    /// Update identity attribute
    ///
    /// This updates an existing identity attribute.  Making an attribute searchable requires that the `system`, `standard`, and `multi` properties be set to false.
    ///
    /// `PUT /identity-attributes/v1/{name}` (`putIdentityAttributeV1`)
    #[inline]
    pub fn put_identity_attribute_v1(
        &self,
        name: impl Into<String>,
        identityattribute2: models::Identityattribute2,
    ) -> PutIdentityAttributeV1 {
        PutIdentityAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
            identityattribute2,
        }
    }

    /// Delete identity attribute
    ///
    /// This deletes an identity attribute with the given name.  The `system` and `standard` properties must be set to false before you can delete an identity attribute.
    ///
    /// `DELETE /identity-attributes/v1/{name}` (`deleteIdentityAttributeV1`)
    #[inline]
    pub fn delete_identity_attribute_v1(
        &self,
        name: impl Into<String>,
    ) -> DeleteIdentityAttributeV1 {
        DeleteIdentityAttributeV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }

    /// Bulk delete identity attributes
    ///
    /// Use this API to bulk delete identity attributes for a given set of names. Attributes that are currently mapped in an identity profile cannot be deleted.  The `system` and `standard` properties must be set to 'false' before you can delete an identity attribute.
    ///
    /// `DELETE /identity-attributes/v1/bulk-delete` (`deleteIdentityAttributesInBulkV1`)
    #[inline]
    pub fn delete_identity_attributes_in_bulk_v1(
        &self,
        identityattributenames: models::Identityattributenames,
    ) -> DeleteIdentityAttributesInBulkV1 {
        DeleteIdentityAttributesInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identityattributenames,
        }
    }
}

/// The error statuses of [`IdentityAttributesApi::list_identity_attributes_v1`](IdentityAttributesApi::list_identity_attributes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListIdentityAttributesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IdentityAttributesApi::list_identity_attributes_v1`](IdentityAttributesApi::list_identity_attributes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityAttributesV1 {
    client: crate::Client,
    options: crate::request::Options,
    include_system: Option<bool>,
    include_silent: Option<bool>,
    searchable_only: Option<bool>,
    count: Option<bool>,
}

impl ListIdentityAttributesV1 {
    /// Include 'system' attributes in the response.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_system(mut self, include_system: bool) -> Self {
        self.include_system = Some(include_system);
        self
    }

    /// Include 'silent' attributes in the response.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_silent(mut self, include_silent: bool) -> Self {
        self.include_silent = Some(include_silent);
        self
    }

    /// Include only 'searchable' attributes in the response.
    ///
    /// The server's default: `false`.
    #[inline]
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

    /// Sends the request: `GET /identity-attributes/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Identityattribute2>,
            crate::SdkError<ListIdentityAttributesV1Error>,
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
            crate::Response<Vec<models::Identityattribute2>>,
            crate::SdkError<ListIdentityAttributesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listIdentityAttributesV1",
            self.options,
            move |client| {
                let path = "/identity-attributes/v1";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityAttributesApi::create_identity_attribute_v1`](IdentityAttributesApi::create_identity_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateIdentityAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityAttributesApi::create_identity_attribute_v1`](IdentityAttributesApi::create_identity_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    identityattribute2: models::Identityattribute2,
}

impl CreateIdentityAttributeV1 {
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

    /// Sends the request: `POST /identity-attributes/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityattribute2,
            crate::SdkError<CreateIdentityAttributeV1Error>,
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
            crate::Response<models::Identityattribute2>,
            crate::SdkError<CreateIdentityAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createIdentityAttributeV1",
            self.options,
            move |client| {
                let path = "/identity-attributes/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identityattribute2;
                    request = crate::request::with_json(
                        "createIdentityAttributeV1",
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

/// The error statuses of [`IdentityAttributesApi::get_identity_attribute_v1`](IdentityAttributesApi::get_identity_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetIdentityAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityAttributesApi::get_identity_attribute_v1`](IdentityAttributesApi::get_identity_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl GetIdentityAttributeV1 {
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

    /// Sends the request: `GET /identity-attributes/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityattribute2,
            crate::SdkError<GetIdentityAttributeV1Error>,
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
            crate::Response<models::Identityattribute2>,
            crate::SdkError<GetIdentityAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getIdentityAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-attributes/v1/",
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

/// The error statuses of [`IdentityAttributesApi::put_identity_attribute_v1`](IdentityAttributesApi::put_identity_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutIdentityAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityAttributesApi::put_identity_attribute_v1`](IdentityAttributesApi::put_identity_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutIdentityAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
    identityattribute2: models::Identityattribute2,
}

impl PutIdentityAttributeV1 {
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

    /// Sends the request: `PUT /identity-attributes/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityattribute2,
            crate::SdkError<PutIdentityAttributeV1Error>,
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
            crate::Response<models::Identityattribute2>,
            crate::SdkError<PutIdentityAttributeV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putIdentityAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-attributes/v1/",
                    &crate::request::path_segment(&self.name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identityattribute2;
                    request = crate::request::with_json(
                        "putIdentityAttributeV1",
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

/// The error statuses of [`IdentityAttributesApi::delete_identity_attribute_v1`](IdentityAttributesApi::delete_identity_attribute_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIdentityAttributeV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityAttributesApi::delete_identity_attribute_v1`](IdentityAttributesApi::delete_identity_attribute_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityAttributeV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl DeleteIdentityAttributeV1 {
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

    /// Sends the request: `DELETE /identity-attributes/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteIdentityAttributeV1Error>>,
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
            crate::SdkError<DeleteIdentityAttributeV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityAttributeV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-attributes/v1/",
                    &crate::request::path_segment(&self.name),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IdentityAttributesApi::delete_identity_attributes_in_bulk_v1`](IdentityAttributesApi::delete_identity_attributes_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIdentityAttributesInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IdentityAttributesApi::delete_identity_attributes_in_bulk_v1`](IdentityAttributesApi::delete_identity_attributes_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityAttributesInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    identityattributenames: models::Identityattributenames,
}

impl DeleteIdentityAttributesInBulkV1 {
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

    /// Sends the request: `DELETE /identity-attributes/v1/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteIdentityAttributesInBulkV1Error>>,
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
            crate::SdkError<DeleteIdentityAttributesInBulkV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIdentityAttributesInBulkV1",
            self.options,
            move |client| {
                let path = "/identity-attributes/v1/bulk-delete";
                let mut request = client.request(reqwest::Method::DELETE, path);
                {
                    let value = &self.identityattributenames;
                    request = crate::request::with_json(
                        "deleteIdentityAttributesInBulkV1",
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
