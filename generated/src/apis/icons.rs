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
    pub fn set_icon(
        &self,
        object_type: models::SetIconObjectType,
        object_id: impl Into<String>,
        set_icon_request: models::SetIconRequest,
    ) -> SetIcon<'a> {
        SetIcon {
            client: self.client,
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
    pub fn delete_icon(
        &self,
        object_type: models::DeleteIconObjectType,
        object_id: impl Into<String>,
    ) -> DeleteIcon<'a> {
        DeleteIcon {
            client: self.client,
            object_type,
            object_id: object_id.into(),
        }
    }
}

/// The request of [`IconsApi::set_icon`](IconsApi::set_icon): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetIcon<'a> {
    client: &'a crate::Client,
    object_type: models::SetIconObjectType,
    object_id: String,
    set_icon_request: models::SetIconRequest,
}

impl SetIcon<'_> {
    /// Sends the request: `PUT /icons/{objectType}/{objectId}`.
    pub async fn send(self) -> Result<models::SetIcon200Response, crate::Error> {
        let path = [
            "/icons/",
            &crate::request::path_segment(self.object_type.as_str()),
            "/",
            &crate::request::path_segment(&self.object_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.set_icon_request;
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    {
                        let part = value.image;
                        form = form
                            .part(
                                "image",
                                reqwest::multipart::Part::bytes(part).file_name("image"),
                            );
                    }
                    form
                });
        }
        let response = self.client.execute("setIcon", request).await?;
        crate::request::json("setIcon", response).await
    }
}

/// The request of [`IconsApi::delete_icon`](IconsApi::delete_icon): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIcon<'a> {
    client: &'a crate::Client,
    object_type: models::DeleteIconObjectType,
    object_id: String,
}

impl DeleteIcon<'_> {
    /// Sends the request: `DELETE /icons/{objectType}/{objectId}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/icons/",
            &crate::request::path_segment(self.object_type.as_str()),
            "/",
            &crate::request::path_segment(&self.object_id),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteIcon", request).await?;
        crate::request::empty("deleteIcon", response).await
    }
}
