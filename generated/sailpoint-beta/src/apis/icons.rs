//! Use this API to implement functionality related to object icons (application icons for example).
//! With this functionality in place, administrators can set or remove an icon for specific object type for use throughout Identity Security Cloud.

use crate::models;

/// The Icons operations: get them from [`Client::icons`](crate::Client::icons).
#[derive(Debug, Clone, Copy)]
pub struct IconsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Icons operations.
    #[inline]
    pub fn icons(&self) -> IconsApi<'_> {
        IconsApi { client: self }
    }
}

impl<'a> IconsApi<'a> {
    /// Update an icon
    ///
    /// This API endpoint updates an icon by object type and object id. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /icons/{objectType}/{objectId}` (`setIcon`)
    #[inline]
    pub fn set_icon(
        &self,
        object_type: models::SetIconObjectType,
        object_id: impl Into<String>,
        set_icon_request: models::SetIconRequest,
    ) -> SetIcon {
        SetIcon {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            object_type,
            object_id: object_id.into(),
            set_icon_request,
        }
    }

    /// Delete an icon
    ///
    /// This API endpoint delete an icon by object type and object id. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /icons/{objectType}/{objectId}` (`deleteIcon`)
    #[inline]
    pub fn delete_icon(
        &self,
        object_type: models::DeleteIconObjectType,
        object_id: impl Into<String>,
    ) -> DeleteIcon {
        DeleteIcon {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            object_type,
            object_id: object_id.into(),
        }
    }
}

/// The error statuses of [`IconsApi::set_icon`](IconsApi::set_icon), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetIconError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IconsApi::set_icon`](IconsApi::set_icon): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetIcon {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    object_type: models::SetIconObjectType,
    object_id: String,
    set_icon_request: models::SetIconRequest,
}

impl SetIcon {
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

    /// Sends the request: `PUT /icons/{objectType}/{objectId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SetIcon200Response, crate::SdkError<SetIconError>>,
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
            crate::Response<models::SetIcon200Response>,
            crate::SdkError<SetIconError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setIcon",
            self.options,
            move |client| {
                let path = [
                    "/icons/",
                    &crate::request::path_segment(self.object_type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.object_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.set_icon_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.image;
                                form = form
                                    .part(
                                        "image",
                                        crate::request::file_part(
                                            part.clone(),
                                            "image",
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

/// The error statuses of [`IconsApi::delete_icon`](IconsApi::delete_icon), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIconError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IconsApi::delete_icon`](IconsApi::delete_icon): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIcon {
    client: crate::Client,
    options: crate::request::Options,
    object_type: models::DeleteIconObjectType,
    object_id: String,
}

impl DeleteIcon {
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

    /// Sends the request: `DELETE /icons/{objectType}/{objectId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteIconError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteIconError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIcon",
            self.options,
            move |client| {
                let path = [
                    "/icons/",
                    &crate::request::path_segment(self.object_type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.object_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}
