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

/// The request of [`ShapesApi::get_shapes`](ShapesApi::get_shapes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetShapes<'a> {
    client: &'a crate::Client,
}

impl GetShapes<'_> {
    /// Sends the request: `GET /shapes`.
    pub async fn send(self) -> Result<models::AllShapes, crate::Error> {
        let path = "/shapes";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getShapes", request).await?;
        crate::request::json("getShapes", response).await
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
    pub async fn send(self) -> Result<models::Record, crate::Error> {
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
        let response = self.client.execute("createRecord", request).await?;
        crate::request::json("createRecord", response).await
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
    ) -> Result<Vec<models::ListEvents200ResponseInner>, crate::Error> {
        let path = "/shapes/events";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listEvents", request).await?;
        crate::request::json("listEvents", response).await
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
    pub async fn send(self) -> Result<models::TreeNode, crate::Error> {
        let path = "/shapes/tree";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTree", request).await?;
        crate::request::json("getTree", response).await
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
    pub async fn send(self) -> Result<models::Formats, crate::Error> {
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
                            .part(
                                "file",
                                reqwest::multipart::Part::bytes(part).file_name("file"),
                            );
                    }
                    if let Some(part) = value.title {
                        form = form.text("title", part);
                    }
                    if let Some(part) = value.size {
                        form = form.text("size", part.to_string());
                    }
                    form
                });
        }
        let response = self.client.execute("uploadBlob", request).await?;
        crate::request::json("uploadBlob", response).await
    }
}
