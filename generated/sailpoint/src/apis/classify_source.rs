//! The Classify Source API.

use crate::models;

/// The Classify Source operations: get them from [`Client::classify_source`](crate::Client::classify_source).
#[derive(Debug, Clone, Copy)]
pub struct ClassifySourceApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Classify Source operations.
    #[inline]
    pub fn classify_source(&self) -> ClassifySourceApi<'_> {
        ClassifySourceApi { client: self }
    }
}

impl<'a> ClassifySourceApi<'a> {
    /// Source accounts classification status
    ///
    /// Use this API to get the status of Machine Account Classification process for a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /sources/v1/{sourceId}/classify` (`getClassifyMachineAccountFromSourceStatusV1`)
    #[inline]
    pub fn get_classify_machine_account_from_source_status_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetClassifyMachineAccountFromSourceStatusV1 {
        GetClassifyMachineAccountFromSourceStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Classify source's all accounts
    ///
    /// Use this API to classify all the accounts from a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/v1/{sourceId}/classify` (`sendClassifyMachineAccountFromSourceV1`)
    #[inline]
    pub fn send_classify_machine_account_from_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> SendClassifyMachineAccountFromSourceV1 {
        SendClassifyMachineAccountFromSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Cancel classify source's accounts process
    ///
    /// Use this API to cancel account classification process on a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/v1/{sourceId}/classify` (`deleteClassifyMachineAccountFromSourceV1`)
    #[inline]
    pub fn delete_classify_machine_account_from_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteClassifyMachineAccountFromSourceV1 {
        DeleteClassifyMachineAccountFromSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }
}

/// The error statuses of [`ClassifySourceApi::get_classify_machine_account_from_source_status_v1`](ClassifySourceApi::get_classify_machine_account_from_source_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetClassifyMachineAccountFromSourceStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ClassifySourceApi::get_classify_machine_account_from_source_status_v1`](ClassifySourceApi::get_classify_machine_account_from_source_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetClassifyMachineAccountFromSourceStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetClassifyMachineAccountFromSourceStatusV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/classify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceclassificationstatus,
            crate::SdkError<GetClassifyMachineAccountFromSourceStatusV1Error>,
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
            crate::Response<models::Sourceclassificationstatus>,
            crate::SdkError<GetClassifyMachineAccountFromSourceStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getClassifyMachineAccountFromSourceStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/classify",
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

/// The error statuses of [`ClassifySourceApi::send_classify_machine_account_from_source_v1`](ClassifySourceApi::send_classify_machine_account_from_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendClassifyMachineAccountFromSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ClassifySourceApi::send_classify_machine_account_from_source_v1`](ClassifySourceApi::send_classify_machine_account_from_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendClassifyMachineAccountFromSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl SendClassifyMachineAccountFromSourceV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/classify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SendClassifyMachineAccountFromSourceV1200Response,
            crate::SdkError<SendClassifyMachineAccountFromSourceV1Error>,
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
            crate::Response<models::SendClassifyMachineAccountFromSourceV1200Response>,
            crate::SdkError<SendClassifyMachineAccountFromSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendClassifyMachineAccountFromSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/classify",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ClassifySourceApi::delete_classify_machine_account_from_source_v1`](ClassifySourceApi::delete_classify_machine_account_from_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteClassifyMachineAccountFromSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ClassifySourceApi::delete_classify_machine_account_from_source_v1`](ClassifySourceApi::delete_classify_machine_account_from_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteClassifyMachineAccountFromSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteClassifyMachineAccountFromSourceV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/classify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<DeleteClassifyMachineAccountFromSourceV1Error>,
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
            crate::Response<()>,
            crate::SdkError<DeleteClassifyMachineAccountFromSourceV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteClassifyMachineAccountFromSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/classify",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}
