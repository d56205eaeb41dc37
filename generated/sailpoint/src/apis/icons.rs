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
    /// `PUT /icons/v1/{objectType}/{objectId}` (`setIconV1`)
    #[inline]
    pub fn set_icon_v1(
        &self,
        object_type: models::SetIconV1ObjectType,
        object_id: impl Into<String>,
        set_icon_v1_request: models::SetIconV1Request,
    ) -> SetIconV1 {
        SetIconV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            object_type,
            object_id: object_id.into(),
            set_icon_v1_request,
        }
    }

    /// Delete an icon
    ///
    /// This API endpoint delete an icon by object type and object id. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /icons/v1/{objectType}/{objectId}` (`deleteIconV1`)
    #[inline]
    pub fn delete_icon_v1(
        &self,
        object_type: models::DeleteIconV1ObjectType,
        object_id: impl Into<String>,
    ) -> DeleteIconV1 {
        DeleteIconV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            object_type,
            object_id: object_id.into(),
        }
    }
}

/// The error statuses of [`IconsApi::set_icon_v1`](IconsApi::set_icon_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetIconV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IconsApi::set_icon_v1`](IconsApi::set_icon_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetIconV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    object_type: models::SetIconV1ObjectType,
    object_id: String,
    set_icon_v1_request: models::SetIconV1Request,
}

impl SetIconV1 {
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

    /// Sends the request: `PUT /icons/v1/{objectType}/{objectId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SetIconV1200Response, crate::SdkError<SetIconV1Error>>,
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
            crate::Response<models::SetIconV1200Response>,
            crate::SdkError<SetIconV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setIconV1",
            self.options,
            move |client| {
                let path = [
                    "/icons/v1/",
                    &crate::request::path_segment(self.object_type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.object_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.set_icon_v1_request;
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

/// The error statuses of [`IconsApi::delete_icon_v1`](IconsApi::delete_icon_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteIconV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`IconsApi::delete_icon_v1`](IconsApi::delete_icon_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIconV1 {
    client: crate::Client,
    options: crate::request::Options,
    object_type: models::DeleteIconV1ObjectType,
    object_id: String,
}

impl DeleteIconV1 {
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

    /// Sends the request: `DELETE /icons/v1/{objectType}/{objectId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteIconV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteIconV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteIconV1",
            self.options,
            move |client| {
                let path = [
                    "/icons/v1/",
                    &crate::request::path_segment(self.object_type.as_str()),
                    "/",
                    &crate::request::path_segment(&self.object_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}
