//! API for managing UI Metadata. Use this API to manage metadata about your User Interface.
//! For example you can set the iFrameWhitelist parameter to permit another domain to encapsulate IDN within an iframe or set the usernameEmptyText to change the placeholder text for Username on your tenant's login screen.

use crate::models;

/// The UI Metadata operations: get them from [`Client::ui_metadata`](crate::Client::ui_metadata).
#[derive(Debug, Clone, Copy)]
pub struct UiMetadataApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The UI Metadata operations.
    pub fn ui_metadata(&self) -> UiMetadataApi<'_> {
        UiMetadataApi { client: self }
    }
}

impl<'a> UiMetadataApi<'a> {
    /// Get a tenant ui metadata
    ///
    /// This API endpoint retrieves UI metadata configured for your tenant.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /ui-metadata/tenant` (`getTenantUiMetadata`)
    pub fn get_tenant_ui_metadata(&self) -> GetTenantUiMetadata<'a> {
        GetTenantUiMetadata {
            client: self.client,
        }
    }

    /// Update tenant ui metadata
    ///
    /// This API endpoint updates UI metadata for your tenant. These changes may require up to 5 minutes to take effect on the UI.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /ui-metadata/tenant` (`setTenantUiMetadata`)
    pub fn set_tenant_ui_metadata(
        &self,
        tenant_ui_metadata_item_update_request: models::TenantUiMetadataItemUpdateRequest,
    ) -> SetTenantUiMetadata<'a> {
        SetTenantUiMetadata {
            client: self.client,
            tenant_ui_metadata_item_update_request,
        }
    }
}

/// The request of [`UiMetadataApi::get_tenant_ui_metadata`](UiMetadataApi::get_tenant_ui_metadata): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantUiMetadata<'a> {
    client: &'a crate::Client,
}

impl GetTenantUiMetadata<'_> {
    /// Sends the request: `GET /ui-metadata/tenant`.
    pub async fn send(
        self,
    ) -> Result<models::TenantUiMetadataItemResponse, crate::Error> {
        let path = "/ui-metadata/tenant";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getTenantUiMetadata", request).await?;
        crate::request::json("getTenantUiMetadata", response).await
    }
}

/// The request of [`UiMetadataApi::set_tenant_ui_metadata`](UiMetadataApi::set_tenant_ui_metadata): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTenantUiMetadata<'a> {
    client: &'a crate::Client,
    tenant_ui_metadata_item_update_request: models::TenantUiMetadataItemUpdateRequest,
}

impl SetTenantUiMetadata<'_> {
    /// Sends the request: `PUT /ui-metadata/tenant`.
    pub async fn send(
        self,
    ) -> Result<models::TenantUiMetadataItemResponse, crate::Error> {
        let path = "/ui-metadata/tenant";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.tenant_ui_metadata_item_update_request;
            request = crate::request::with_json(
                "setTenantUiMetadata",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("setTenantUiMetadata", request).await?;
        crate::request::json("setTenantUiMetadata", response).await
    }
}
