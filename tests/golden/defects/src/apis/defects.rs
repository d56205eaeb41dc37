//! Operations whose schemas or parameters are defective.

use crate::models;

/// The Defects operations: get them from [`Client::defects`](crate::Client::defects).
#[derive(Debug, Clone, Copy)]
pub struct DefectsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Defects operations.
    pub fn defects(&self) -> DefectsApi<'_> {
        DefectsApi { client: self }
    }
}

impl<'a> DefectsApi<'a> {
    /// List things
    ///
    /// Declares an `in: path` parameter `id` that is absent from the path template `/things`.
    /// The response schema has `items` but no `type: array`.
    ///
    /// `GET /things` (`listThings`)
    pub fn list_things(&self) -> ListThings {
        ListThings {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            ids: None,
        }
    }

    /// Create a thing
    ///
    /// Takes a thing whose schema has several defects.
    ///
    /// `POST /things` (`createThing`)
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing {
        CreateThing {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            thing,
        }
    }

    /// Get a reassignment
    ///
    /// Returns a reassignment whose type enum has a value with a trailing comma.
    ///
    /// `GET /reassignments` (`getReassignment`)
    pub fn get_reassignment(&self) -> GetReassignment {
        GetReassignment {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get a record
    ///
    /// Returns a record whose examples contradict its schema.
    ///
    /// `GET /records/{id}` (`getRecord`)
    pub fn get_record(&self, id: impl Into<String>) -> GetRecord {
        GetRecord {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get a file
    ///
    /// A file declared as a `format: binary` string under `application/json`.
    ///
    /// `GET /files/{id}` (`getFile`)
    pub fn get_file(&self, id: impl Into<String>) -> GetFile {
        GetFile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get something without a schema
    ///
    /// A JSON response with an example and no schema.
    ///
    /// `GET /loose` (`getLoose`)
    pub fn get_loose(&self) -> GetLoose {
        GetLoose {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get a copy of something without a schema
    ///
    /// Shares its operationId with `GET /loose`, as two operations of an older beta spec did.
    ///
    /// `GET /loose/copies/{id}` (`getLoose`)
    ///
    /// The spec gives another operation the operationId `getLoose` too, so this one is named `getLooseGetLooseCopies`, after its method and path.
    pub fn get_loose_get_loose_copies(
        &self,
        id: impl Into<String>,
    ) -> GetLooseGetLooseCopies {
        GetLooseGetLooseCopies {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// An operation without an operationId
    ///
    /// `DELETE /unnamed` (`delete /unnamed`)
    pub fn delete_unnamed(&self) -> DeleteUnnamed {
        DeleteUnnamed {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create a launcher
    ///
    /// Its `config` has a pattern that its own example does not match.
    ///
    /// `POST /launchers` (`createLauncher`)
    pub fn create_launcher(&self, launcher: models::Launcher) -> CreateLauncher {
        CreateLauncher {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            launcher,
        }
    }
}

/// The error statuses of [`DefectsApi::list_things`](DefectsApi::list_things), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListThingsError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListThingsError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(ListThingsError::Other)
    }

    fn undeclared() -> Self {
        ListThingsError::Other
    }
}

/// The request of [`DefectsApi::list_things`](DefectsApi::list_things): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings {
    client: crate::Client,
    options: crate::request::Options,
    ids: Option<String>,
}

impl ListThings {
    /// Non-standard `comma-separated` format.
    pub fn ids(mut self, ids: impl Into<String>) -> Self {
        self.ids = Some(ids.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /things`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::Thing>, crate::SdkError<ListThingsError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<Vec<models::Thing>>, crate::SdkError<ListThingsError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::json("listThings", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<ListThingsError>> {
        self.client
            .execute::<
                ListThingsError,
            >(
                "listThings",
                &self.options,
                || {
                    let path = "/things";
                    let mut request = self.client.request(reqwest::Method::GET, path);
                    let mut query: Vec<(&str, String)> = Vec::new();
                    if let Some(value) = &self.ids {
                        query.push(("ids", value.clone()));
                    }
                    request = request.query(&query);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json");
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::create_thing`](DefectsApi::create_thing), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateThingError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateThingError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(CreateThingError::Other)
    }

    fn undeclared() -> Self {
        CreateThingError::Other
    }
}

/// The request of [`DefectsApi::create_thing`](DefectsApi::create_thing): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing {
    client: crate::Client,
    options: crate::request::Options,
    thing: models::Thing,
}

impl CreateThing {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /things`.
    pub async fn send(self) -> Result<models::Thing, crate::SdkError<CreateThingError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<models::Thing>, crate::SdkError<CreateThingError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::json("createThing", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateThingError>> {
        self.client
            .execute::<
                CreateThingError,
            >(
                "createThing",
                &self.options,
                || {
                    let path = "/things";
                    let mut request = self.client.request(reqwest::Method::POST, path);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json");
                    {
                        let value = &self.thing;
                        request = crate::request::with_json(
                            "createThing",
                            request,
                            "application/json",
                            &value,
                        )?;
                    }
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetReassignmentError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetReassignmentError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetReassignmentError::Other)
    }

    fn undeclared() -> Self {
        GetReassignmentError::Other
    }
}

/// The request of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignment {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetReassignment {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /reassignments`.
    pub async fn send(
        self,
    ) -> Result<models::Reassignment, crate::SdkError<GetReassignmentError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<
        crate::Response<models::Reassignment>,
        crate::SdkError<GetReassignmentError>,
    > {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::json("getReassignment", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<GetReassignmentError>> {
        self.client
            .execute::<
                GetReassignmentError,
            >(
                "getReassignment",
                &self.options,
                || {
                    let path = "/reassignments";
                    let mut request = self.client.request(reqwest::Method::GET, path);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json");
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::get_record`](DefectsApi::get_record), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetRecordError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetRecordError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetRecordError::Other)
    }

    fn undeclared() -> Self {
        GetRecordError::Other
    }
}

/// The request of [`DefectsApi::get_record`](DefectsApi::get_record): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecord {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetRecord {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /records/{id}`.
    pub async fn send(self) -> Result<models::Record, crate::SdkError<GetRecordError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<models::Record>, crate::SdkError<GetRecordError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::json("getRecord", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<GetRecordError>> {
        self.client
            .execute::<
                GetRecordError,
            >(
                "getRecord",
                &self.options,
                || {
                    let path = ["/records/", &crate::request::path_segment(&self.id)]
                        .concat();
                    let mut request = self.client.request(reqwest::Method::GET, &path);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json");
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::get_file`](DefectsApi::get_file), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFileError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetFileError::Other)
    }

    fn undeclared() -> Self {
        GetFileError::Other
    }
}

/// The request of [`DefectsApi::get_file`](DefectsApi::get_file): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFile {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetFile {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /files/{id}`.
    pub async fn send(self) -> Result<Vec<u8>, crate::SdkError<GetFileError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<Vec<u8>>, crate::SdkError<GetFileError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::bytes("getFile", response).await?,
        })
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    pub async fn send_streaming(
        self,
    ) -> Result<crate::Response<crate::ByteStream>, crate::SdkError<GetFileError>> {
        let response = self.response().await?;
        Ok(crate::request::streaming("getFile", response))
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<GetFileError>> {
        self.client
            .execute::<
                GetFileError,
            >(
                "getFile",
                &self.options,
                || {
                    let path = ["/files/", &crate::request::path_segment(&self.id)]
                        .concat();
                    let mut request = self.client.request(reqwest::Method::GET, &path);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json, image/png");
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::get_loose`](DefectsApi::get_loose), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetLooseError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetLooseError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetLooseError::Other)
    }

    fn undeclared() -> Self {
        GetLooseError::Other
    }
}

/// The request of [`DefectsApi::get_loose`](DefectsApi::get_loose): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLoose {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetLoose {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /loose`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Value, crate::SdkError<GetLooseError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<serde_json::Value>, crate::SdkError<GetLooseError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::json("getLoose", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<GetLooseError>> {
        self.client
            .execute::<
                GetLooseError,
            >(
                "getLoose",
                &self.options,
                || {
                    let path = "/loose";
                    let mut request = self.client.request(reqwest::Method::GET, path);
                    request = request
                        .header(reqwest::header::ACCEPT, "application/json");
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::get_loose_get_loose_copies`](DefectsApi::get_loose_get_loose_copies), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetLooseGetLooseCopiesError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetLooseGetLooseCopiesError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetLooseGetLooseCopiesError::Other)
    }

    fn undeclared() -> Self {
        GetLooseGetLooseCopiesError::Other
    }
}

/// The request of [`DefectsApi::get_loose_get_loose_copies`](DefectsApi::get_loose_get_loose_copies): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLooseGetLooseCopies {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetLooseGetLooseCopies {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /loose/copies/{id}`.
    pub async fn send(self) -> Result<(), crate::SdkError<GetLooseGetLooseCopiesError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<()>, crate::SdkError<GetLooseGetLooseCopiesError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::empty("getLooseGetLooseCopies", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<GetLooseGetLooseCopiesError>> {
        self.client
            .execute::<
                GetLooseGetLooseCopiesError,
            >(
                "getLooseGetLooseCopies",
                &self.options,
                || {
                    let path = [
                        "/loose/copies/",
                        &crate::request::path_segment(&self.id),
                    ]
                        .concat();
                    let request = self.client.request(reqwest::Method::GET, &path);
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::delete_unnamed`](DefectsApi::delete_unnamed), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteUnnamedError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for DeleteUnnamedError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(DeleteUnnamedError::Other)
    }

    fn undeclared() -> Self {
        DeleteUnnamedError::Other
    }
}

/// The request of [`DefectsApi::delete_unnamed`](DefectsApi::delete_unnamed): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUnnamed {
    client: crate::Client,
    options: crate::request::Options,
}

impl DeleteUnnamed {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /unnamed`.
    pub async fn send(self) -> Result<(), crate::SdkError<DeleteUnnamedError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<()>, crate::SdkError<DeleteUnnamedError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::empty("delete /unnamed", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<DeleteUnnamedError>> {
        self.client
            .execute::<
                DeleteUnnamedError,
            >(
                "delete /unnamed",
                &self.options,
                || {
                    let path = "/unnamed";
                    let request = self.client.request(reqwest::Method::DELETE, path);
                    Ok(request)
                },
            )
            .await
    }
}

/// The error statuses of [`DefectsApi::create_launcher`](DefectsApi::create_launcher), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateLauncherError {
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateLauncherError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(CreateLauncherError::Other)
    }

    fn undeclared() -> Self {
        CreateLauncherError::Other
    }
}

/// The request of [`DefectsApi::create_launcher`](DefectsApi::create_launcher): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLauncher {
    client: crate::Client,
    options: crate::request::Options,
    launcher: models::Launcher,
}

impl CreateLauncher {
    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /launchers`.
    pub async fn send(self) -> Result<(), crate::SdkError<CreateLauncherError>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(
        self,
    ) -> Result<crate::Response<()>, crate::SdkError<CreateLauncherError>> {
        let mut response = self.response().await?;
        let (status, headers) = (
            response.status().as_u16(),
            std::mem::take(response.headers_mut()),
        );
        Ok(crate::Response {
            status,
            headers,
            body: crate::request::empty("createLauncher", response).await?,
        })
    }

    async fn response(
        &self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateLauncherError>> {
        self.client
            .execute::<
                CreateLauncherError,
            >(
                "createLauncher",
                &self.options,
                || {
                    let path = "/launchers";
                    let mut request = self.client.request(reqwest::Method::POST, path);
                    {
                        let value = &self.launcher;
                        request = crate::request::with_json(
                            "createLauncher",
                            request,
                            "application/json",
                            &value,
                        )?;
                    }
                    Ok(request)
                },
            )
            .await
    }
}
