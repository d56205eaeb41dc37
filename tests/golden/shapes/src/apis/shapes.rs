//! Operations that use every schema shape in this fixture.

use crate::models;

/// The Shapes operations: get them from [`Client::shapes`](crate::Client::shapes).
#[derive(Debug, Clone, Copy)]
pub struct ShapesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Shapes operations.
    pub fn shapes(&self) -> ShapesApi<'_> {
        ShapesApi { client: self }
    }
}

impl<'a> ShapesApi<'a> {
    /// Get all shapes
    ///
    /// Returns one of every shape. Notes:
    /// - first item of the list
    ///   continues on this line
    /// - second item with a bare URL <https://example.com/shapes>
    ///
    /// ```text
    /// GET /shapes
    /// ```
    ///
    /// `GET /shapes` (`getShapes`)
    pub fn get_shapes(&self) -> GetShapes<'a> {
        GetShapes { client: self.client }
    }

    /// Create a record
    ///
    /// Creates a \[Record\] from the given body.
    ///
    /// `POST /shapes` (`createRecord`)
    pub fn create_record(&self, record: models::Record) -> CreateRecord<'a> {
        CreateRecord {
            client: self.client,
            record,
        }
    }

    /// List events
    ///
    /// Lists events; each item is any of the event kinds (anyOf array items).
    ///
    /// `GET /shapes/events` (`listEvents`)
    pub fn list_events(&self) -> ListEvents<'a> {
        ListEvents { client: self.client }
    }

    /// Get the tree
    ///
    /// Returns the root of a recursive tree.
    ///
    /// `GET /shapes/tree` (`getTree`)
    pub fn get_tree(&self) -> GetTree<'a> {
        GetTree { client: self.client }
    }

    /// Upload a blob
    ///
    /// Uploads a file with metadata as multipart form data.
    ///
    /// `POST /shapes/upload` (`uploadBlob`)
    pub fn upload_blob(&self, upload_form: models::UploadForm) -> UploadBlob<'a> {
        UploadBlob {
            client: self.client,
            upload_form,
        }
    }
}

/// The error statuses of [`ShapesApi::get_shapes`](ShapesApi::get_shapes), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetShapesError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetShapesError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetShapesError::Other)
    }
}

/// The request of [`ShapesApi::get_shapes`](ShapesApi::get_shapes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetShapes<'a> {
    client: &'a crate::Client,
}

impl GetShapes<'_> {
    /// Sends the request: `GET /shapes`.
    pub async fn send(
        self,
    ) -> Result<models::AllShapes, crate::SdkError<GetShapesError>> {
        let response = self.response().await?;
        crate::request::json("getShapes", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetShapesError>> {
        let path = "/shapes";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<GetShapesError>("getShapes", request).await
    }
}

/// The error statuses of [`ShapesApi::create_record`](ShapesApi::create_record), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateRecordError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateRecordError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(CreateRecordError::Other)
    }
}

/// The request of [`ShapesApi::create_record`](ShapesApi::create_record): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRecord<'a> {
    client: &'a crate::Client,
    record: models::Record,
}

impl CreateRecord<'_> {
    /// Sends the request: `POST /shapes`.
    pub async fn send(
        self,
    ) -> Result<models::Record, crate::SdkError<CreateRecordError>> {
        let response = self.response().await?;
        crate::request::json("createRecord", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateRecordError>> {
        let path = "/shapes";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.record;
            request = crate::request::with_json(
                "createRecord",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<CreateRecordError>("createRecord", request).await
    }
}

/// The error statuses of [`ShapesApi::list_events`](ShapesApi::list_events), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListEventsError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListEventsError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(ListEventsError::Other)
    }
}

/// The request of [`ShapesApi::list_events`](ShapesApi::list_events): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEvents<'a> {
    client: &'a crate::Client,
}

impl ListEvents<'_> {
    /// Sends the request: `GET /shapes/events`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::ListEvents200ResponseInner>,
        crate::SdkError<ListEventsError>,
    > {
        let response = self.response().await?;
        crate::request::json("listEvents", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ListEventsError>> {
        let path = "/shapes/events";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<ListEventsError>("listEvents", request).await
    }
}

/// The error statuses of [`ShapesApi::get_tree`](ShapesApi::get_tree), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTreeError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetTreeError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetTreeError::Other)
    }
}

/// The request of [`ShapesApi::get_tree`](ShapesApi::get_tree): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTree<'a> {
    client: &'a crate::Client,
}

impl GetTree<'_> {
    /// Sends the request: `GET /shapes/tree`.
    pub async fn send(self) -> Result<models::TreeNode, crate::SdkError<GetTreeError>> {
        let response = self.response().await?;
        crate::request::json("getTree", response).await
    }

    async fn response(self) -> Result<reqwest::Response, crate::SdkError<GetTreeError>> {
        let path = "/shapes/tree";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<GetTreeError>("getTree", request).await
    }
}

/// The error statuses of [`ShapesApi::upload_blob`](ShapesApi::upload_blob), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadBlobError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for UploadBlobError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(UploadBlobError::Other)
    }
}

/// The request of [`ShapesApi::upload_blob`](ShapesApi::upload_blob): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UploadBlob<'a> {
    client: &'a crate::Client,
    upload_form: models::UploadForm,
}

impl UploadBlob<'_> {
    /// Sends the request: `POST /shapes/upload`.
    pub async fn send(
        self,
    ) -> Result<models::Formats, crate::SdkError<UploadBlobError>> {
        let response = self.response().await?;
        crate::request::json("uploadBlob", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<UploadBlobError>> {
        let path = "/shapes/upload";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.upload_form;
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    {
                        let part = value.file;
                        form = form
                            .part("file", crate::request::file_part(part, "file"));
                    }
                    if let Some(part) = value.title {
                        form = form.part("title", crate::request::text_part(part));
                    }
                    if let Some(part) = value.size {
                        form = form
                            .part("size", crate::request::text_part(part.to_string()));
                    }
                    form
                });
        }
        self.client.execute::<UploadBlobError>("uploadBlob", request).await
    }
}
