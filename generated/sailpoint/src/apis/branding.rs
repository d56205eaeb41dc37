//! Use this API to implement and customize branding functionality.
//! With this functionality in place, administrators can get and manage existing branding items, and they can also create new branding items and configure them for use throughout Identity Security Cloud.
//! The Branding APIs provide administrators with a way to customize branding items.
//! This customization includes details like their colors, logos, and other information.
//! Refer to [Certifications](https://documentation.sailpoint.com/saas/user-help/certs/reviewing/index.html) for more information about certifications.

use crate::models;

/// The Branding operations: get them from [`Client::branding`](crate::Client::branding).
#[derive(Debug, Clone, Copy)]
pub struct BrandingApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Branding operations.
    #[inline]
    pub fn branding(&self) -> BrandingApi<'_> {
        BrandingApi { client: self }
    }
}

impl<'a> BrandingApi<'a> {
    /// List of branding items
    ///
    /// This API endpoint returns a list of branding items.
    ///
    /// `GET /brandings/v1` (`getBrandingListV1`)
    #[inline]
    pub fn get_branding_list_v1(&self) -> GetBrandingListV1 {
        GetBrandingListV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a branding item
    ///
    /// This API endpoint creates a branding item.
    ///
    /// `POST /brandings/v1` (`createBrandingItemV1`)
    #[inline]
    pub fn create_branding_item_v1(
        &self,
        brandingitemcreate: models::Brandingitemcreate,
    ) -> CreateBrandingItemV1 {
        CreateBrandingItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            brandingitemcreate,
        }
    }

    /// Get a branding item
    ///
    /// This API endpoint retrieves information for an existing branding item by name.
    ///
    /// `GET /brandings/v1/{name}` (`getBrandingV1`)
    #[inline]
    pub fn get_branding_v1(&self, name: impl Into<String>) -> GetBrandingV1 {
        GetBrandingV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }

    /// Update a branding item
    ///
    /// This API endpoint updates information for an existing branding item.
    ///
    /// `PUT /brandings/v1/{name}` (`setBrandingItemV1`)
    #[inline]
    pub fn set_branding_item_v1(
        &self,
        name: impl Into<String>,
        brandingitemcreate: models::Brandingitemcreate,
    ) -> SetBrandingItemV1 {
        SetBrandingItemV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            name: name.into(),
            brandingitemcreate,
        }
    }

    /// Delete a branding item
    ///
    /// This API endpoint delete information for an existing branding item by name.
    ///
    /// `DELETE /brandings/v1/{name}` (`deleteBrandingV1`)
    #[inline]
    pub fn delete_branding_v1(&self, name: impl Into<String>) -> DeleteBrandingV1 {
        DeleteBrandingV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            name: name.into(),
        }
    }
}

/// The error statuses of [`BrandingApi::get_branding_list_v1`](BrandingApi::get_branding_list_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetBrandingListV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`BrandingApi::get_branding_list_v1`](BrandingApi::get_branding_list_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBrandingListV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetBrandingListV1 {
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

    /// Sends the request: `GET /brandings/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Brandingitem>,
            crate::SdkError<GetBrandingListV1Error>,
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
            crate::Response<Vec<models::Brandingitem>>,
            crate::SdkError<GetBrandingListV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getBrandingListV1",
            self.options,
            move |client| {
                let path = "/brandings/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`BrandingApi::create_branding_item_v1`](BrandingApi::create_branding_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateBrandingItemV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`BrandingApi::create_branding_item_v1`](BrandingApi::create_branding_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBrandingItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    brandingitemcreate: models::Brandingitemcreate,
}

impl CreateBrandingItemV1 {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /brandings/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Brandingitem, crate::SdkError<CreateBrandingItemV1Error>>,
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
            crate::Response<models::Brandingitem>,
            crate::SdkError<CreateBrandingItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createBrandingItemV1",
            self.options,
            move |client| {
                let path = "/brandings/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.brandingitemcreate;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.name;
                                form = form
                                    .part("name", crate::request::text_part(part.clone()));
                            }
                            if let Some(part) = &value.product_name {
                                form = form
                                    .part(
                                        "productName",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.action_button_color {
                                form = form
                                    .part(
                                        "actionButtonColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.active_link_color {
                                form = form
                                    .part(
                                        "activeLinkColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.navigation_color {
                                form = form
                                    .part(
                                        "navigationColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.email_from_address {
                                form = form
                                    .part(
                                        "emailFromAddress",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.login_informational_message {
                                form = form
                                    .part(
                                        "loginInformationalMessage",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.file_standard {
                                form = form
                                    .part(
                                        "fileStandard",
                                        crate::request::file_part(
                                            part.clone(),
                                            "fileStandard",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`BrandingApi::get_branding_v1`](BrandingApi::get_branding_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetBrandingV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`BrandingApi::get_branding_v1`](BrandingApi::get_branding_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBrandingV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl GetBrandingV1 {
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

    /// Sends the request: `GET /brandings/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Brandingitem, crate::SdkError<GetBrandingV1Error>>,
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
            crate::Response<models::Brandingitem>,
            crate::SdkError<GetBrandingV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getBrandingV1",
            self.options,
            move |client| {
                let path = ["/brandings/v1/", &crate::request::path_segment(&self.name)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`BrandingApi::set_branding_item_v1`](BrandingApi::set_branding_item_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetBrandingItemV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`BrandingApi::set_branding_item_v1`](BrandingApi::set_branding_item_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetBrandingItemV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    name: String,
    brandingitemcreate: models::Brandingitemcreate,
}

impl SetBrandingItemV1 {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `PUT /brandings/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Brandingitem, crate::SdkError<SetBrandingItemV1Error>>,
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
            crate::Response<models::Brandingitem>,
            crate::SdkError<SetBrandingItemV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setBrandingItemV1",
            self.options,
            move |client| {
                let path = ["/brandings/v1/", &crate::request::path_segment(&self.name)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.brandingitemcreate;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.name;
                                form = form
                                    .part("name", crate::request::text_part(part.clone()));
                            }
                            if let Some(part) = &value.product_name {
                                form = form
                                    .part(
                                        "productName",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.action_button_color {
                                form = form
                                    .part(
                                        "actionButtonColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.active_link_color {
                                form = form
                                    .part(
                                        "activeLinkColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.navigation_color {
                                form = form
                                    .part(
                                        "navigationColor",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.email_from_address {
                                form = form
                                    .part(
                                        "emailFromAddress",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.login_informational_message {
                                form = form
                                    .part(
                                        "loginInformationalMessage",
                                        crate::request::text_part(part.clone()),
                                    );
                            }
                            if let Some(part) = &value.file_standard {
                                form = form
                                    .part(
                                        "fileStandard",
                                        crate::request::file_part(
                                            part.clone(),
                                            "fileStandard",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`BrandingApi::delete_branding_v1`](BrandingApi::delete_branding_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteBrandingV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`BrandingApi::delete_branding_v1`](BrandingApi::delete_branding_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteBrandingV1 {
    client: crate::Client,
    options: crate::request::Options,
    name: String,
}

impl DeleteBrandingV1 {
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

    /// Sends the request: `DELETE /brandings/v1/{name}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteBrandingV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteBrandingV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteBrandingV1",
            self.options,
            move |client| {
                let path = ["/brandings/v1/", &crate::request::path_segment(&self.name)]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}
