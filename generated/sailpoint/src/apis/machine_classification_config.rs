//! The Machine Classification Config API.

use crate::models;

/// The Machine Classification Config operations: get them from [`Client::machine_classification_config`](crate::Client::machine_classification_config).
#[derive(Debug, Clone, Copy)]
pub struct MachineClassificationConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Classification Config operations.
    #[inline]
    pub fn machine_classification_config(&self) -> MachineClassificationConfigApi<'_> {
        MachineClassificationConfigApi {
            client: self,
        }
    }
}

impl<'a> MachineClassificationConfigApi<'a> {
    /// Machine classification config for source
    ///
    /// This API returns a Machine Classification Config for a Source using Source ID.
    ///
    /// `GET /sources/v1/{sourceId}/machine-classification-config` (`getMachineClassificationConfigV1`)
    #[inline]
    pub fn get_machine_classification_config_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetMachineClassificationConfigV1 {
        GetMachineClassificationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Update source's classification config
    ///
    /// Use this API to update Classification Config for a Source. A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `PUT /sources/v1/{sourceId}/machine-classification-config` (`setMachineClassificationConfigV1`)
    #[inline]
    pub fn set_machine_classification_config_v1(
        &self,
        source_id: impl Into<String>,
        machineclassificationconfig: models::Machineclassificationconfig,
    ) -> SetMachineClassificationConfigV1 {
        SetMachineClassificationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            machineclassificationconfig,
        }
    }

    /// Delete source's classification config
    ///
    /// Use this API to remove Classification Config for a Source.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/v1/{sourceId}/machine-classification-config` (`deleteMachineClassificationConfigV1`)
    #[inline]
    pub fn delete_machine_classification_config_v1(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteMachineClassificationConfigV1 {
        DeleteMachineClassificationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }
}

/// The error statuses of [`MachineClassificationConfigApi::get_machine_classification_config_v1`](MachineClassificationConfigApi::get_machine_classification_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineClassificationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineClassificationConfigApi::get_machine_classification_config_v1`](MachineClassificationConfigApi::get_machine_classification_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineClassificationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetMachineClassificationConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/machine-classification-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineclassificationconfig,
            crate::SdkError<GetMachineClassificationConfigV1Error>,
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
            crate::Response<models::Machineclassificationconfig>,
            crate::SdkError<GetMachineClassificationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineClassificationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/machine-classification-config",
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

/// The error statuses of [`MachineClassificationConfigApi::set_machine_classification_config_v1`](MachineClassificationConfigApi::set_machine_classification_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetMachineClassificationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineClassificationConfigApi::set_machine_classification_config_v1`](MachineClassificationConfigApi::set_machine_classification_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMachineClassificationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    machineclassificationconfig: models::Machineclassificationconfig,
}

impl SetMachineClassificationConfigV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/machine-classification-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Machineclassificationconfig,
            crate::SdkError<SetMachineClassificationConfigV1Error>,
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
            crate::Response<models::Machineclassificationconfig>,
            crate::SdkError<SetMachineClassificationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMachineClassificationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/machine-classification-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.machineclassificationconfig;
                    request = crate::request::with_json(
                        "setMachineClassificationConfigV1",
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

/// The error statuses of [`MachineClassificationConfigApi::delete_machine_classification_config_v1`](MachineClassificationConfigApi::delete_machine_classification_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteMachineClassificationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineClassificationConfigApi::delete_machine_classification_config_v1`](MachineClassificationConfigApi::delete_machine_classification_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMachineClassificationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteMachineClassificationConfigV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/machine-classification-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteMachineClassificationConfigV1Error>>,
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
            crate::SdkError<DeleteMachineClassificationConfigV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMachineClassificationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/machine-classification-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}
