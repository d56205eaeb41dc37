//! Use this API to implement and customize source functionality.
//! With source functionality in place, organizations can use Identity Security Cloud to connect their various sources and user data sets and manage access across all those different sources in a secure, scalable way.
//!
//! [Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) refer to the Identity Security Cloud representations for external applications, databases, and directory management systems that maintain their own sets of users, like Dropbox, GitHub, and Workday, for example.
//! Organizations may use hundreds, if not thousands, of different source systems, and any one employee within an organization likely has a different user record on each source, often with different permissions on many of those records.
//! Connecting these sources to Identity Security Cloud makes it possible to manage user access across them all.
//! Then, if a new hire starts at an organization, Identity Security Cloud can grant the new hire access to all the sources they need.
//! If an employee moves to a new department and needs access to new sources but no longer needs access to others, Identity Security Cloud can grant the necessary access and revoke the unnecessary access for all the employee's various sources.
//! If an employee leaves the company, Identity Security Cloud can revoke access to all the employee's various source accounts immediately.
//! These are just a few examples of the many ways that source functionality makes identity governance easier, more efficient, and more secure.
//!
//! In Identity Security Cloud, administrators can create configure, manage, and edit sources, and they can designate other users as source admins to be able to do so.
//! They can also designate users as source sub-admins, who can perform the same source actions but only on sources associated with their governance groups.
//! Admins go to Connections > Sources to see a list of the existing source representations in their organizations.
//! They can create new sources or select existing ones.
//!
//! To create a new source, the following must be specified: Source Name, Description, Source Owner, and Connection Type.
//! Refer to [Configuring a Source](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html#configuring-a-source) for more information about the source configuration process.
//!
//! Identity Security Cloud connects with its sources either by a direct communication with the source server (connection information specific to the source must be provided) or a flat file feed, a CSV file containing all the relevant information about the accounts to be loaded in.
//! Different sources use different connectors to share data with Identity Security Cloud, and each connector's setup process is specific to that connector.
//! SailPoint has built a number of connectors to come out of the box and connect to the most common sources, and SailPoint actively maintains these connectors.
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about these SailPoint supported connectors.
//! Refer to the following links for more information about two useful connectors:
//!
//! - [JDBC Connector](https://documentation.sailpoint.com/connectors/jdbc/help/integrating_jdbc/introduction.html): This customizable connector an directly connect to databases that support JDBC (Java Database Connectivity).
//!
//! - [Web Services Connector](https://documentation.sailpoint.com/connectors/webservices/help/integrating_webservices/introduction.html): This connector can directly connect to databases that support Web Services.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity/) for more information about SailPoint's new connectivity framework that makes it easy to build and manage custom connectors to SaaS sources.
//!
//! When admins select existing sources, they can view the following information about the source:
//!
//! - Associated connections (any associated identity profiles, apps, or references to the source in a transform).
//!
//! - Associated user accounts. These accounts are linked to their identities - this provides a more complete picture of each user's access across sources.
//!
//! - Associated entitlements (sets of access rights on sources).
//!
//! - Associated access profiles (groupings of entitlements).
//!
//! The user account data and the entitlements update with each data aggregation from the source.
//! Organizations generally run scheduled, automated data aggregations to ensure that their data is always in sync between their sources and their Identity Security Cloud tenants so an access change on a source is detected quickly in Identity Security Cloud.
//! Admins can view a history of these aggregations, and they can also run manual imports.
//! Refer to [Loading Account Data](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html) for more information about manual and scheduled aggregations.
//!
//! Admins can also make changes to determine which user account data Identity Security Cloud collects from the source and how it correlates that account data with identity data.
//! To define which account attributes the source shares with Identity Security Cloud, admins can edit the account schema on the source.
//! Refer to [Managing Source Account Schemas](https://documentation.sailpoint.com/saas/help/accounts/schema.html) for more information about source account schemas and how to edit them.
//! To define the mapping between the source account attributes and their correlating identity attributes, admins can edit the correlation configuration on the source.
//! Refer to [Assigning Source Accounts to Identities](https://documentation.sailpoint.com/saas/help/accounts/correlation.html) for more information about this correlation process between source accounts and identities.
//!
//! Admins can also delete sources, but they must first ensure that the sources no longer have any active connections: the source must not be associated with any identity profile or any app, and it must not be referenced by any transform.
//! Refer to [Deleting Sources](https://documentation.sailpoint.com/saas/help/sources/index.html#deleting-sources) for more information about deleting sources.
//!
//! Well organized, mapped out connections between sources and Identity Security Cloud are essential to achieving comprehensive identity access governance across all the source systems organizations need.
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about all the different things admins can do with sources once they are connected.

use crate::models;

/// The Sources operations: get them from [`Client::sources`](crate::Client::sources).
#[derive(Debug, Clone, Copy)]
pub struct SourcesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Sources operations.
    #[inline]
    pub fn sources(&self) -> SourcesApi<'_> {
        SourcesApi { client: self }
    }
}

impl<'a> SourcesApi<'a> {
    /// Lists all sources in identitynow.
    ///
    /// This end-point lists all the sources in IdentityNow.
    ///
    /// `GET /sources/v1` (`listSourcesV1`)
    #[inline]
    pub fn list_sources_v1(&self) -> ListSourcesV1 {
        ListSourcesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            for_subadmin: None,
            include_idn_source: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Creates a source in identitynow.
    ///
    /// This creates a specific source with a full source JSON representation. Any passwords are submitted as plain-text and encrypted upon receipt in IdentityNow.
    ///
    /// `POST /sources/v1` (`createSourceV1`)
    #[inline]
    pub fn create_source_v1(&self, source: models::Source) -> CreateSourceV1 {
        CreateSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            provision_as_csv: None,
            source,
        }
    }

    /// Get source by id
    ///
    /// Use this API to get a source by a specified ID in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{id}` (`getSourceV1`)
    #[inline]
    pub fn get_source_v1(&self, id: impl Into<String>) -> GetSourceV1 {
        GetSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source (full)
    ///
    /// Use this API to update a source in Identity Security Cloud (ISC), using a full object representation. This means that when you use this API, it completely replaces the existing source configuration.
    ///
    /// These fields are immutable, so they cannot be changed:
    ///
    /// * id
    /// * type
    /// * authoritative
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// `PUT /sources/v1/{id}` (`putSourceV1`)
    #[inline]
    pub fn put_source_v1(
        &self,
        id: impl Into<String>,
        source: models::Source,
    ) -> PutSourceV1 {
        PutSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            source,
        }
    }

    /// Delete source by id
    ///
    /// Use this API to delete a specific source in Identity Security Cloud (ISC).
    /// The API removes all the accounts on the source first, and then it deletes the source. You can retrieve the actual task execution status with this method: GET `/task-status/{id}`
    ///
    /// `DELETE /sources/v1/{id}` (`deleteSourceV1`)
    #[inline]
    pub fn delete_source_v1(&self, id: impl Into<String>) -> DeleteSourceV1 {
        DeleteSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source (partial)
    ///
    /// Use this API to partially update a source in Identity Security Cloud (ISC), using a list of patch operations according to the
    /// [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// These fields are immutable, so they cannot be changed:
    ///
    /// * id
    /// * type
    /// * authoritative
    /// * created
    /// * modified
    /// * connector
    /// * connectorClass
    /// * passwordPolicies
    ///
    /// Attempts to modify these fields will result in a 400 error.
    ///
    /// `PATCH /sources/v1/{id}` (`updateSourceV1`)
    #[inline]
    pub fn update_source_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateSourceV1 {
        UpdateSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Lists provisioningpolicies
    ///
    /// This end-point lists all the ProvisioningPolicies in IdentityNow.
    ///
    /// `GET /sources/v1/{sourceId}/provisioning-policies` (`listProvisioningPoliciesV1`)
    #[inline]
    pub fn list_provisioning_policies_v1(
        &self,
        source_id: impl Into<String>,
    ) -> ListProvisioningPoliciesV1 {
        ListProvisioningPoliciesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create provisioning policy
    ///
    /// This API generates a create policy/template based on field value transforms. This API is intended for use when setting up JDBC Provisioning type sources, but it will also work on other source types.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `POST /sources/v1/{sourceId}/provisioning-policies` (`createProvisioningPolicyV1`)
    #[inline]
    pub fn create_provisioning_policy_v1(
        &self,
        source_id: impl Into<String>,
        provisioningpolicydto: models::Provisioningpolicydto,
    ) -> CreateProvisioningPolicyV1 {
        CreateProvisioningPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            provisioningpolicydto,
        }
    }

    /// Get provisioning policy by usagetype
    ///
    /// This end-point retrieves the ProvisioningPolicy with the specified usage on the specified Source in IdentityNow.
    ///
    /// `GET /sources/v1/{sourceId}/provisioning-policies/{usageType}` (`getProvisioningPolicyV1`)
    #[inline]
    pub fn get_provisioning_policy_v1(
        &self,
        source_id: impl Into<String>,
        usage_type: models::Usagetype,
    ) -> GetProvisioningPolicyV1 {
        GetProvisioningPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
        }
    }

    /// Update provisioning policy by usagetype
    ///
    /// This end-point updates the provisioning policy with the specified usage on the specified source in IdentityNow.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PUT /sources/v1/{sourceId}/provisioning-policies/{usageType}` (`putProvisioningPolicyV1`)
    #[inline]
    pub fn put_provisioning_policy_v1(
        &self,
        source_id: impl Into<String>,
        usage_type: models::Usagetype,
        provisioningpolicydto: models::Provisioningpolicydto,
    ) -> PutProvisioningPolicyV1 {
        PutProvisioningPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
            provisioningpolicydto,
        }
    }

    /// Delete provisioning policy by usagetype
    ///
    /// Deletes the provisioning policy with the specified usage on an application.
    ///
    /// `DELETE /sources/v1/{sourceId}/provisioning-policies/{usageType}` (`deleteProvisioningPolicyV1`)
    #[inline]
    pub fn delete_provisioning_policy_v1(
        &self,
        source_id: impl Into<String>,
        usage_type: models::Usagetype,
    ) -> DeleteProvisioningPolicyV1 {
        DeleteProvisioningPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
        }
    }

    /// Partial update of provisioning policy
    ///
    /// This API selectively updates an existing Provisioning Policy using a JSONPatch payload.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PATCH /sources/v1/{sourceId}/provisioning-policies/{usageType}` (`updateProvisioningPolicyV1`)
    #[inline]
    pub fn update_provisioning_policy_v1(
        &self,
        source_id: impl Into<String>,
        usage_type: models::Usagetype,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateProvisioningPolicyV1 {
        UpdateProvisioningPolicyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            usage_type,
            jsonpatchoperation,
        }
    }

    /// Lists Provisioning Policies
    ///
    /// This end-point lists all the ProvisioningPolicies in IdentityNow.
    ///
    /// `GET /sources/v2/{sourceId}/provisioning-policies` (`listProvisioningPoliciesV2`)
    #[inline]
    pub fn list_provisioning_policies_v2(
        &self,
        source_id: impl Into<String>,
    ) -> ListProvisioningPoliciesV2 {
        ListProvisioningPoliciesV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            filters: None,
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create provisioning policy
    ///
    /// This API generates a create policy/template based on field value transforms. This API is intended for use when setting up JDBC Provisioning type sources, but it will also work on other source types.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// The V2 API allows you to use a unique identifier (id) for each provisioning policy instead of usageType. This enables read, update, and delete operations on policies using their id.
    /// Note: The subtypeId field is required if usageType is CREATE_MACHINE_ACCOUNT.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `POST /sources/v2/{sourceId}/provisioning-policies` (`createProvisioningPolicyV2`)
    #[inline]
    pub fn create_provisioning_policy_v2(
        &self,
        source_id: impl Into<String>,
        provisioningpolicydtov2: models::Provisioningpolicydtov2,
    ) -> CreateProvisioningPolicyV2 {
        CreateProvisioningPolicyV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            use_default_fields: None,
            provisioningpolicydtov2,
        }
    }

    /// Get provisioning policy by ID
    ///
    /// This end-point retrieves the ProvisioningPolicy with the specified ID on the specified Source in Identity Security Cloud.
    ///
    /// `GET /sources/v2/{sourceId}/provisioning-policies/{id}` (`getProvisioningPolicyV2`)
    #[inline]
    pub fn get_provisioning_policy_v2(
        &self,
        source_id: impl Into<String>,
        id: impl Into<String>,
    ) -> GetProvisioningPolicyV2 {
        GetProvisioningPolicyV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            id: id.into(),
        }
    }

    /// Update provisioning policy by ID
    ///
    /// This end-point updates the provisioning policy with the specified ID on the specified source in Identity Security Cloud.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PUT /sources/v2/{sourceId}/provisioning-policies/{id}` (`putProvisioningPolicyV2`)
    #[inline]
    pub fn put_provisioning_policy_v2(
        &self,
        source_id: impl Into<String>,
        id: impl Into<String>,
        provisioningpolicydtov2: models::Provisioningpolicydtov2,
    ) -> PutProvisioningPolicyV2 {
        PutProvisioningPolicyV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            id: id.into(),
            provisioningpolicydtov2,
        }
    }

    /// Delete provisioning policy by ID
    ///
    /// Deletes the provisioning policy with the specified ID on an application.
    ///
    /// `DELETE /sources/v2/{sourceId}/provisioning-policies/{id}` (`deleteProvisioningPolicyV2`)
    #[inline]
    pub fn delete_provisioning_policy_v2(
        &self,
        source_id: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteProvisioningPolicyV2 {
        DeleteProvisioningPolicyV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            id: id.into(),
        }
    }

    /// Partial update of provisioning policy
    ///
    /// This API selectively updates an existing Provisioning Policy using a JSONPatch payload.
    /// Transforms can be used in the provisioning policy to create a new attribute that you only need during provisioning.
    /// Refer to [Transforms in Provisioning Policies](https://developer.sailpoint.com/docs/extensibility/transforms/guides/transforms-in-provisioning-policies) for more information.
    ///
    /// `PATCH /sources/v2/{sourceId}/provisioning-policies/{id}` (`updateProvisioningPolicyV2`)
    #[inline]
    pub fn update_provisioning_policy_v2(
        &self,
        source_id: impl Into<String>,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateProvisioningPolicyV2 {
        UpdateProvisioningPolicyV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            id: id.into(),
            jsonpatchoperation,
        }
    }

    /// Bulk update provisioning policies
    ///
    /// This end-point updates a list of provisioning policies on the specified source in IdentityNow.
    ///
    /// `POST /sources/v1/{sourceId}/provisioning-policies/bulk-update` (`updateProvisioningPoliciesInBulkV1`)
    #[inline]
    pub fn update_provisioning_policies_in_bulk_v1(
        &self,
        source_id: impl Into<String>,
        provisioningpolicydto: Vec<models::Provisioningpolicydto>,
    ) -> UpdateProvisioningPoliciesInBulkV1 {
        UpdateProvisioningPoliciesInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            provisioningpolicydto,
        }
    }

    /// List datasets on source
    ///
    /// Use this API to list datasets for the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/datasets` (`getSourceDatasetsV1`)
    #[inline]
    pub fn get_source_datasets_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceDatasetsV1 {
        GetSourceDatasetsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create dataset on source
    ///
    /// Use this API to create a dataset on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// This operation requires a connector with the `supportDatasetCreation` label. `name` is required.
    /// The dataset `id` is always server-generated from `name` as `customer:` plus a normalized form of
    /// the name; any client-supplied `id` is ignored.
    ///
    /// `POST /sources/v1/{sourceId}/datasets` (`createSourceDatasetV1`)
    #[inline]
    pub fn create_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        sourcedataset: models::Sourcedataset,
    ) -> CreateSourceDatasetV1 {
        CreateSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            sourcedataset,
        }
    }

    /// Get source dataset by id
    ///
    /// Use this API to get a dataset by id for the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/datasets/{datasetId}` (`getSourceDatasetV1`)
    #[inline]
    pub fn get_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
    ) -> GetSourceDatasetV1 {
        GetSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
        }
    }

    /// Update source dataset (full)
    ///
    /// Use this API to replace a dataset on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// Callers should round-trip the GET representation. `id` is required in the request body and must
    /// match the path. `aggregationEnabled` may always be updated. `name`, `description`, and `resources`
    /// can be changed only when the connector has the `supportDatasetCreation` label.
    ///
    /// `PUT /sources/v1/{sourceId}/datasets/{datasetId}` (`putSourceDatasetV1`)
    #[inline]
    pub fn put_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
        sourcedataset: models::Sourcedataset,
    ) -> PutSourceDatasetV1 {
        PutSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
            sourcedataset,
        }
    }

    /// Delete source dataset by id
    ///
    /// Use this API to delete a dataset on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// This operation requires a connector with the `supportDatasetCreation` label. Linked resource
    /// schemas are not deleted.
    ///
    /// `DELETE /sources/v1/{sourceId}/datasets/{datasetId}` (`deleteSourceDatasetV1`)
    #[inline]
    pub fn delete_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
    ) -> DeleteSourceDatasetV1 {
        DeleteSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
        }
    }

    /// Update source dataset (partial)
    ///
    /// Use this API to selectively update an existing dataset using a JSONPatch payload.
    ///
    ///
    /// `aggregationEnabled` may always be updated. `name`, `description`, and `resources` can be changed
    /// only when the connector has the `supportDatasetCreation` label. `id` is immutable.
    ///
    /// `PATCH /sources/v1/{sourceId}/datasets/{datasetId}` (`updateSourceDatasetV1`)
    #[inline]
    pub fn update_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateSourceDatasetV1 {
        UpdateSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
            jsonpatchoperation,
        }
    }

    /// Aggregate source dataset
    ///
    /// Starts an aggregation for the specified dataset on the source in Identity Security Cloud (ISC).
    /// An optional `config` object can be supplied for connector-specific aggregation settings.
    ///
    /// `POST /sources/v1/{sourceId}/datasets/{datasetId}/aggregate` (`importSourceDatasetV1`)
    #[inline]
    pub fn import_source_dataset_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
    ) -> ImportSourceDatasetV1 {
        ImportSourceDatasetV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
            datasetaggregationrequest: None,
        }
    }

    /// Delete objects for source dataset
    ///
    /// Starts a task to delete aggregated objects for the specified dataset on the source in Identity
    /// Security Cloud (ISC). Linked dataset and resource definitions are not deleted.
    ///
    /// `POST /sources/v1/{sourceId}/datasets/{datasetId}/delete-objects` (`deleteSourceDatasetObjectsV1`)
    #[inline]
    pub fn delete_source_dataset_objects_v1(
        &self,
        source_id: impl Into<String>,
        dataset_id: impl Into<String>,
    ) -> DeleteSourceDatasetObjectsV1 {
        DeleteSourceDatasetObjectsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            dataset_id: dataset_id.into(),
        }
    }

    /// List resources for a source
    ///
    /// Use this API to list resources defined on the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/resources` (`getSourceResourcesV1`)
    #[inline]
    pub fn get_source_resources_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceResourcesV1 {
        GetSourceResourcesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create resource on source
    ///
    /// Use this API to create a resource on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// This operation requires a connector with the `supportDatasetCreation` label. `name`, `type`,
    /// `datasetId`, and `schema` are required. The `schema` must define at least one attribute plus
    /// `identityAttribute` and `displayAttribute`. The resource `id` is always server-generated from
    /// `name` as `customer:` plus a normalized form of the name; any client-supplied `id` is ignored.
    /// After creation, schema attribute edits are made through the source schema APIs.
    ///
    /// `POST /sources/v1/{sourceId}/resources` (`createSourceResourceV1`)
    #[inline]
    pub fn create_source_resource_v1(
        &self,
        source_id: impl Into<String>,
        sourcedatasetresource: models::Sourcedatasetresource,
    ) -> CreateSourceResourceV1 {
        CreateSourceResourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            sourcedatasetresource,
        }
    }

    /// Get source resource mappings
    ///
    /// Use this API to get aggregation metadata for resources on the specified source in Identity
    /// Security Cloud (ISC). The response is keyed by resource id. Each value includes the linked
    /// dataset id, resource type, and connector object type. Resources without a matching schema are
    /// omitted.
    ///
    /// `GET /sources/v1/{sourceId}/resources/mappings` (`getSourceResourceMappingsV1`)
    #[inline]
    pub fn get_source_resource_mappings_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceResourceMappingsV1 {
        GetSourceResourceMappingsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Get source resource by id
    ///
    /// Use this API to get a resource by id on the specified source in Identity Security Cloud (ISC).
    /// The response includes the full CIS schema for the resource.
    ///
    /// `GET /sources/v1/{sourceId}/resources/{resourceId}` (`getSourceResourceV1`)
    #[inline]
    pub fn get_source_resource_v1(
        &self,
        source_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> GetSourceResourceV1 {
        GetSourceResourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resource_id: resource_id.into(),
        }
    }

    /// Update source resource (full)
    ///
    /// Use this API to replace a resource on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// After creation, schema attribute edits should be made through the source schema APIs. Connectors
    /// with the `supportDatasetCreation` label can update additional resource fields.
    ///
    /// `PUT /sources/v1/{sourceId}/resources/{resourceId}` (`putSourceResourceV1`)
    #[inline]
    pub fn put_source_resource_v1(
        &self,
        source_id: impl Into<String>,
        resource_id: impl Into<String>,
        sourcedatasetresource: models::Sourcedatasetresource,
    ) -> PutSourceResourceV1 {
        PutSourceResourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resource_id: resource_id.into(),
            sourcedatasetresource,
        }
    }

    /// Delete source resource by id
    ///
    /// Use this API to delete a resource on the specified source in Identity Security Cloud (ISC).
    ///
    ///
    /// The resource schema is deleted and the resource is unlinked from any dataset rows on the source.
    ///
    /// `DELETE /sources/v1/{sourceId}/resources/{resourceId}` (`deleteSourceResourceV1`)
    #[inline]
    pub fn delete_source_resource_v1(
        &self,
        source_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> DeleteSourceResourceV1 {
        DeleteSourceResourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resource_id: resource_id.into(),
        }
    }

    /// Update source resource (partial)
    ///
    /// Use this API to selectively update an existing resource using a JSONPatch payload.
    ///
    ///
    /// After creation, schema attribute edits should be made through the source schema APIs. Connectors
    /// with the `supportDatasetCreation` label can update additional resource fields.
    ///
    /// `PATCH /sources/v1/{sourceId}/resources/{resourceId}` (`updateSourceResourceV1`)
    #[inline]
    pub fn update_source_resource_v1(
        &self,
        source_id: impl Into<String>,
        resource_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateSourceResourceV1 {
        UpdateSourceResourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resource_id: resource_id.into(),
            jsonpatchoperation,
        }
    }

    /// List schemas on source
    ///
    /// Use this API to list the schemas that exist on the specified source in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/schemas` (`getSourceSchemasV1`)
    #[inline]
    pub fn get_source_schemas_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceSchemasV1 {
        GetSourceSchemasV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            include_types: None,
            include_names: None,
        }
    }

    /// Create schema on source
    ///
    /// Use this API to create a new schema on the specified source in Identity Security Cloud (ISC).
    ///
    /// `POST /sources/v1/{sourceId}/schemas` (`createSourceSchemaV1`)
    #[inline]
    pub fn create_source_schema_v1(
        &self,
        source_id: impl Into<String>,
        schema: models::Schema,
    ) -> CreateSourceSchemaV1 {
        CreateSourceSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema,
        }
    }

    /// List schedules on source
    ///
    /// Use this API to list the schedules that exist on the specified source in Identity Security Cloud (ISC).
    /// :::info
    /// This endpoint uses a **cron expression** to schedule a task, following standard **cron job syntax**.
    ///
    /// For example, `0 0 12 1/1 * ? *` runs the task **daily at 12:00 PM**.
    ///
    /// **Days of the week are represented as 1-7 (Sunday-Saturday).**
    /// :::
    ///
    /// `GET /sources/v1/{sourceId}/schedules` (`getSourceSchedulesV1`)
    #[inline]
    pub fn get_source_schedules_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceSchedulesV1 {
        GetSourceSchedulesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Create schedule on source
    ///
    /// Use this API to create a new schedule for a type on the specified source in Identity Security Cloud (ISC).
    ///
    /// `POST /sources/v1/{sourceId}/schedules` (`createSourceScheduleV1`)
    #[inline]
    pub fn create_source_schedule_v1(
        &self,
        source_id: impl Into<String>,
        schedule3: models::Schedule3,
    ) -> CreateSourceScheduleV1 {
        CreateSourceScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schedule3,
        }
    }

    /// Get source schedule by type
    ///
    /// Get the source schedule by type in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/schedules/{scheduleType}` (`getSourceScheduleV1`)
    #[inline]
    pub fn get_source_schedule_v1(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::GetSourceScheduleV1ScheduleType,
    ) -> GetSourceScheduleV1 {
        GetSourceScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schedule_type,
        }
    }

    /// Delete source schedule by type.
    ///
    /// `DELETE /sources/v1/{sourceId}/schedules/{scheduleType}` (`deleteSourceScheduleV1`)
    #[inline]
    pub fn delete_source_schedule_v1(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::DeleteSourceScheduleV1ScheduleType,
    ) -> DeleteSourceScheduleV1 {
        DeleteSourceScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schedule_type,
        }
    }

    /// Update source schedule (partial)
    ///
    /// Use this API to selectively update an existing Schedule using a JSONPatch payload.
    ///
    /// The following schedule fields are immutable and cannot be updated:
    ///
    /// - type
    ///
    /// `PATCH /sources/v1/{sourceId}/schedules/{scheduleType}` (`updateSourceScheduleV1`)
    #[inline]
    pub fn update_source_schedule_v1(
        &self,
        source_id: impl Into<String>,
        schedule_type: models::UpdateSourceScheduleV1ScheduleType,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateSourceScheduleV1 {
        UpdateSourceScheduleV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schedule_type,
            jsonpatchoperation,
        }
    }

    /// Get source schema by id
    ///
    /// Get the Source Schema by ID in IdentityNow.
    ///
    /// `GET /sources/v1/{sourceId}/schemas/{schemaId}` (`getSourceSchemaV1`)
    #[inline]
    pub fn get_source_schema_v1(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> GetSourceSchemaV1 {
        GetSourceSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }

    /// Update source schema (full)
    ///
    /// This API will completely replace an existing Schema with the submitted payload. Some fields of the Schema cannot be updated. These fields are listed below.
    ///
    /// * id
    /// * name
    /// * created
    /// * modified
    ///
    /// Any attempt to modify these fields will result in an error response with a status code of 400.
    ///
    /// > `id` must remain in the request body, but it cannot be changed.  If `id` is omitted from the request body, the result will be a 400 error.
    ///
    /// `PUT /sources/v1/{sourceId}/schemas/{schemaId}` (`putSourceSchemaV1`)
    #[inline]
    pub fn put_source_schema_v1(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        schema: models::Schema,
    ) -> PutSourceSchemaV1 {
        PutSourceSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            schema,
        }
    }

    /// Delete source schema by id
    ///
    /// `DELETE /sources/v1/{sourceId}/schemas/{schemaId}` (`deleteSourceSchemaV1`)
    #[inline]
    pub fn delete_source_schema_v1(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
    ) -> DeleteSourceSchemaV1 {
        DeleteSourceSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
        }
    }

    /// Update source schema (partial)
    ///
    /// Use this API to selectively update an existing Schema using a JSONPatch payload.
    ///
    /// The following schema fields are immutable and cannot be updated:
    ///
    /// - id
    /// - name
    /// - created
    /// - modified
    ///
    ///
    /// To switch an account attribute to a group entitlement, you need to have the following in place:
    ///
    /// - `isEntitlement: true`
    /// - Must define a schema for the group and [add it to the source](https://developer.sailpoint.com/docs/api/create-source-schema-v-1) before updating the `isGroup` flag.  For example, here is the `group` account attribute referencing a schema that defines the group:
    /// ```json
    /// {
    ///     "name": "groups",
    ///     "type": "STRING",
    ///     "schema": {
    ///         "type": "CONNECTOR_SCHEMA",
    ///         "id": "2c9180887671ff8c01767b4671fc7d60",
    ///         "name": "group"
    ///     },
    ///     "description": "The groups, roles etc. that reference account group objects",
    ///     "isMulti": true,
    ///     "isEntitlement": true,
    ///     "isGroup": true
    /// }
    /// ```
    ///
    /// `PATCH /sources/v1/{sourceId}/schemas/{schemaId}` (`updateSourceSchemaV1`)
    #[inline]
    pub fn update_source_schema_v1(
        &self,
        source_id: impl Into<String>,
        schema_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateSourceSchemaV1 {
        UpdateSourceSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            schema_id: schema_id.into(),
            jsonpatchoperation,
        }
    }

    /// Fetches source health by id
    ///
    /// This endpoint fetches source health by source's id
    ///
    /// `GET /sources/v1/{sourceId}/source-health` (`getSourceHealthV1`)
    #[inline]
    pub fn get_source_health_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceHealthV1 {
        GetSourceHealthV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Downloads source accounts schema template
    ///
    /// This API downloads the CSV schema that defines the account attributes on a source.
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `GET /sources/v1/{id}/schemas/accounts` (`getAccountsSchemaV1`)
    #[inline]
    pub fn get_accounts_schema_v1(&self, id: impl Into<String>) -> GetAccountsSchemaV1 {
        GetAccountsSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Uploads source accounts schema template
    ///
    /// This API uploads a source schema template file to configure a source's account attributes.
    ///
    /// To retrieve the file to modify and upload, log into Identity Now.
    ///
    /// Click **Admin** -> **Connections** -> **Sources** -> **`{SourceName}`** -> **Import Data** -> **Account Schema** -> **Options** -> **Download Schema**
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `POST /sources/v1/{id}/schemas/accounts` (`importAccountsSchemaV1`)
    #[inline]
    pub fn import_accounts_schema_v1(
        &self,
        id: impl Into<String>,
        import_accounts_schema_v1_request: models::ImportAccountsSchemaV1Request,
    ) -> ImportAccountsSchemaV1 {
        ImportAccountsSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            import_accounts_schema_v1_request,
        }
    }

    /// Downloads source entitlements schema template
    ///
    /// This API downloads the CSV schema that defines the entitlement attributes on a source.
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `GET /sources/v1/{id}/schemas/entitlements` (`getEntitlementsSchemaV1`)
    #[inline]
    pub fn get_entitlements_schema_v1(
        &self,
        id: impl Into<String>,
    ) -> GetEntitlementsSchemaV1 {
        GetEntitlementsSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            schema_name: None,
        }
    }

    /// Uploads source entitlements schema template
    ///
    /// This API uploads a source schema template file to configure a source's entitlement attributes.
    ///
    /// To retrieve the file to modify and upload, log into Identity Now.
    ///
    /// Click **Admin** -> **Connections** -> **Sources** -> **`{SourceName}`** -> **Import Data** -> **Import Entitlements** -> **Download**
    ///
    /// >**NOTE: This API is designated only for Delimited File sources.**
    ///
    /// `POST /sources/v1/{id}/schemas/entitlements` (`importEntitlementsSchemaV1`)
    #[inline]
    pub fn import_entitlements_schema_v1(
        &self,
        id: impl Into<String>,
        import_entitlements_schema_v1_request: models::ImportEntitlementsSchemaV1Request,
    ) -> ImportEntitlementsSchemaV1 {
        ImportEntitlementsSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            schema_name: None,
            import_entitlements_schema_v1_request,
        }
    }

    /// Upload connector file to source
    ///
    /// This uploads a supplemental source connector file (like jdbc driver jars) to a source's S3 bucket. This also sends ETS and Audit events.
    ///
    /// `POST /sources/v1/{sourceId}/upload-connector-file` (`importConnectorFileV1`)
    #[inline]
    pub fn import_connector_file_v1(
        &self,
        source_id: impl Into<String>,
        import_connector_file_v1_request: models::ImportConnectorFileV1Request,
    ) -> ImportConnectorFileV1 {
        ImportConnectorFileV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_connector_file_v1_request,
        }
    }

    /// Get source connections by id
    ///
    /// Use this API to get all dependent Profiles, Attributes, Applications and Custom Transforms for a source by a specified ID in Identity Security Cloud (ISC).
    ///
    /// `GET /sources/v1/{sourceId}/connections` (`getSourceConnectionsV1`)
    #[inline]
    pub fn get_source_connections_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetSourceConnectionsV1 {
        GetSourceConnectionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Get source correlation configuration
    ///
    /// This API returns the existing correlation configuration for a source specified by the given ID.
    ///
    /// `GET /sources/v1/{id}/correlation-config` (`getCorrelationConfigV1`)
    #[inline]
    pub fn get_correlation_config_v1(
        &self,
        id: impl Into<String>,
    ) -> GetCorrelationConfigV1 {
        GetCorrelationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source correlation configuration
    ///
    /// Replaces the correlation configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// `PUT /sources/v1/{id}/correlation-config` (`putCorrelationConfigV1`)
    #[inline]
    pub fn put_correlation_config_v1(
        &self,
        id: impl Into<String>,
        sources_correlationconfig: models::SourcesCorrelationconfig,
    ) -> PutCorrelationConfigV1 {
        PutCorrelationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sources_correlationconfig,
        }
    }

    /// Get Password Policy for source
    ///
    /// This API can be used to get Password Policy in IdentityNow for the specified Source.
    /// Source must support PASSWORD feature.
    ///
    /// `GET /sources/v1/{sourceId}/password-policies` (`listPasswordPolicyHoldersOnSourceV1`)
    #[inline]
    pub fn list_password_policy_holders_on_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> ListPasswordPolicyHoldersOnSourceV1 {
        ListPasswordPolicyHoldersOnSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            offset: None,
            limit: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Update password policy
    ///
    /// This API can be used to set up or update Password Policy in IdentityNow for the specified Source.
    /// Source must support PASSWORD feature.
    ///
    /// `PATCH /sources/v1/{sourceId}/password-policies` (`updatePasswordPolicyHoldersV1`)
    #[inline]
    pub fn update_password_policy_holders_v1(
        &self,
        source_id: impl Into<String>,
        passwordpolicyholdersdto: models::Passwordpolicyholdersdto,
    ) -> UpdatePasswordPolicyHoldersV1 {
        UpdatePasswordPolicyHoldersV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            passwordpolicyholdersdto,
        }
    }

    /// Check connection for source connector.
    ///
    /// This endpoint validates that the configured credentials are valid and will properly authenticate with the source identified by the sourceId path parameter.
    ///
    /// `POST /sources/v1/{sourceId}/connector/check-connection` (`testSourceConnectionV1`)
    #[inline]
    pub fn test_source_connection_v1(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConnectionV1 {
        TestSourceConnectionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Peek source connector's resource objects
    ///
    /// Retrieves a sample of data returned from account and group aggregation requests.
    ///
    /// `POST /sources/v1/{sourceId}/connector/peek-resource-objects` (`searchResourceObjectsV1`)
    #[inline]
    pub fn search_resource_objects_v1(
        &self,
        source_id: impl Into<String>,
        resourceobjectsrequest: models::Resourceobjectsrequest,
    ) -> SearchResourceObjectsV1 {
        SearchResourceObjectsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            resourceobjectsrequest,
        }
    }

    /// Ping cluster for source connector
    ///
    /// This endpoint validates that the cluster being used by the source is reachable from IdentityNow.
    ///
    /// `POST /sources/v1/{sourceId}/connector/ping-cluster` (`pingClusterV1`)
    #[inline]
    pub fn ping_cluster_v1(&self, source_id: impl Into<String>) -> PingClusterV1 {
        PingClusterV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Test configuration for source connector
    ///
    /// This endpoint performs a more detailed validation of the source''s configuration that can take longer than the lighter weight credential validation performed by the checkConnection API.
    ///
    /// `POST /sources/v1/{sourceId}/connector/test-configuration` (`testSourceConfigurationV1`)
    #[inline]
    pub fn test_source_configuration_v1(
        &self,
        source_id: impl Into<String>,
    ) -> TestSourceConfigurationV1 {
        TestSourceConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Gets source config with language-translations
    ///
    /// Looks up and returns the source config for the requested source id after populating the source config values and applying language translations.
    ///
    /// `GET /sources/v1/{id}/connectors/source-config` (`getSourceConfigV1`)
    #[inline]
    pub fn get_source_config_v1(&self, id: impl Into<String>) -> GetSourceConfigV1 {
        GetSourceConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            locale: None,
        }
    }

    /// Native change detection configuration
    ///
    /// This API returns the existing native change detection configuration for a source specified by the given ID.
    ///
    /// `GET /sources/v1/{sourceId}/native-change-detection-config` (`getNativeChangeDetectionConfigV1`)
    #[inline]
    pub fn get_native_change_detection_config_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetNativeChangeDetectionConfigV1 {
        GetNativeChangeDetectionConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Update native change detection configuration
    ///
    /// Replaces the native change detection configuration for the source specified by the given ID with the configuration provided in the request body.
    ///
    /// `PUT /sources/v1/{sourceId}/native-change-detection-config` (`putNativeChangeDetectionConfigV1`)
    #[inline]
    pub fn put_native_change_detection_config_v1(
        &self,
        source_id: impl Into<String>,
        nativechangedetectionconfig: models::Nativechangedetectionconfig,
    ) -> PutNativeChangeDetectionConfigV1 {
        PutNativeChangeDetectionConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            nativechangedetectionconfig,
        }
    }

    /// Delete native change detection configuration
    ///
    /// Deletes the native change detection configuration for the source specified by the given ID.
    ///
    /// `DELETE /sources/v1/{sourceId}/native-change-detection-config` (`deleteNativeChangeDetectionConfigV1`)
    #[inline]
    pub fn delete_native_change_detection_config_v1(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNativeChangeDetectionConfigV1 {
        DeleteNativeChangeDetectionConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Remove all accounts in source
    ///
    /// Use this endpoint to remove all accounts from the system without provisioning changes to the source. Accounts that are removed could be re-created during the next aggregation.
    ///
    /// This endpoint is good for:
    /// * Removing accounts that no longer exist on the source.
    /// * Removing accounts that won't be aggregated following updates to the source configuration.
    /// * Forcing accounts to be re-created following the next aggregation to re-run account processing, support testing, etc.
    ///
    /// `POST /sources/v1/{id}/remove-accounts` (`deleteAccountsAsyncV1`)
    #[inline]
    pub fn delete_accounts_async_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteAccountsAsyncV1 {
        DeleteAccountsAsyncV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Account aggregation
    ///
    /// Starts an account aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    ///
    /// `POST /sources/v1/{id}/load-accounts` (`importAccountsV1`)
    #[inline]
    pub fn import_accounts_v1(&self, id: impl Into<String>) -> ImportAccountsV1 {
        ImportAccountsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            import_accounts_v1_request: None,
        }
    }

    /// Process uncorrelated accounts
    ///
    /// File is required for upload. You will also need to set the Content-Type header to `multipart/form-data`
    ///
    /// `POST /sources/v1/{id}/load-uncorrelated-accounts` (`importUncorrelatedAccountsV1`)
    #[inline]
    pub fn import_uncorrelated_accounts_v1(
        &self,
        id: impl Into<String>,
    ) -> ImportUncorrelatedAccountsV1 {
        ImportUncorrelatedAccountsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            import_uncorrelated_accounts_v1_request: None,
        }
    }

    /// Attribute sync config
    ///
    /// This API returns the existing attribute synchronization configuration for a source specified by the given ID. The response contains all attributes, regardless of whether they enabled or not.
    ///
    /// `GET /sources/v1/{id}/attribute-sync-config` (`getSourceAttrSyncConfigV1`)
    #[inline]
    pub fn get_source_attr_sync_config_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSourceAttrSyncConfigV1 {
        GetSourceAttrSyncConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update attribute sync config
    ///
    /// Replaces the attribute synchronization configuration for the source specified by the given ID with the configuration provided in the request body. Only the "enabled" field of the values in the "attributes" array is mutable. Attempting to change other attributes or add new values to the "attributes" array will result in an error.
    ///
    /// `PUT /sources/v1/{id}/attribute-sync-config` (`putSourceAttrSyncConfigV1`)
    #[inline]
    pub fn put_source_attr_sync_config_v1(
        &self,
        id: impl Into<String>,
        attrsyncsourceconfig: models::Attrsyncsourceconfig,
    ) -> PutSourceAttrSyncConfigV1 {
        PutSourceAttrSyncConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            attrsyncsourceconfig,
        }
    }

    /// Synchronize single source attributes.
    ///
    /// This end-point performs attribute synchronization for a selected source.
    ///
    /// `POST /sources/v1/{id}/synchronize-attributes` (`syncAttributesForSourceV1`)
    #[inline]
    pub fn sync_attributes_for_source_v1(
        &self,
        id: impl Into<String>,
    ) -> SyncAttributesForSourceV1 {
        SyncAttributesForSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get source entitlement request configuration
    ///
    /// This API gets the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// `GET /sources/v1/{id}/entitlement-request-config` (`getSourceEntitlementRequestConfigV1`)
    #[inline]
    pub fn get_source_entitlement_request_config_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSourceEntitlementRequestConfigV1 {
        GetSourceEntitlementRequestConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update source entitlement request configuration
    ///
    /// This API replaces the current entitlement request configuration for a source. This source-level configuration should apply for all the entitlements in the source.
    ///
    /// Access request to any entitlements in the source should follow this configuration unless a separate entitlement-level configuration is defined.
    /// - During access request, this source-level entitlement request configuration overrides the global organization-level configuration.
    /// - However, the entitlement-level configuration (if defined) overrides this source-level configuration.
    ///
    /// `PUT /sources/v1/{id}/entitlement-request-config` (`updateSourceEntitlementRequestConfigV1`)
    #[inline]
    pub fn update_source_entitlement_request_config_v1(
        &self,
        id: impl Into<String>,
        sourceentitlementrequestconfig: models::Sourceentitlementrequestconfig,
    ) -> UpdateSourceEntitlementRequestConfigV1 {
        UpdateSourceEntitlementRequestConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            sourceentitlementrequestconfig,
        }
    }

    /// Entitlement aggregation
    ///
    /// Starts an entitlement aggregation on the specified source.
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body.
    /// You will also need to set the Content-Type header to `multipart/form-data`.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/v1/{sourceId}/load-entitlements` (`importEntitlementsV1`)
    #[inline]
    pub fn import_entitlements_v1(
        &self,
        source_id: impl Into<String>,
    ) -> ImportEntitlementsV1 {
        ImportEntitlementsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            source_id: source_id.into(),
            import_entitlements_v1_request: None,
        }
    }

    /// Machine Account Deletion Approval Config
    ///
    /// Retrieves the machine account deletion approval configuration for a specific source. This endpoint returns details about the approval requirements, approvers, and comment settings that govern the deletion of machine accounts associated with the given source ID.
    ///
    /// `GET /sources/v1/{sourceId}/approval-config/machine-account-delete` (`getMachineAccountDeletionApprovalConfigBySourceV1`)
    #[inline]
    pub fn get_machine_account_deletion_approval_config_by_source_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetMachineAccountDeletionApprovalConfigBySourceV1 {
        GetMachineAccountDeletionApprovalConfigBySourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Machine Account Deletion Approval Config
    ///
    /// Use this endpoint to update the machine account deletion approval configuration for a specific source.
    /// The update is performed using a JSON Patch payload, which allows partial modifications to the approval config.
    /// This operation is typically used to change approval requirements, approvers, or comments settings for machine account deletion.
    /// The endpoint expects the source ID as a path parameter and a valid JSON Patch array in the request body.
    ///
    /// `PATCH /sources/v1/{sourceId}/approval-config/machine-account-delete` (`updateMachineAccountDeletionApprovalConfigV1`)
    #[inline]
    pub fn update_machine_account_deletion_approval_config_v1(
        &self,
        source_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateMachineAccountDeletionApprovalConfigV1 {
        UpdateMachineAccountDeletionApprovalConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            jsonpatchoperation,
        }
    }

    /// Human Account Deletion Approval Config
    ///
    /// The endpoint retrieves the approval configuration for deleting human accounts from a specified source. It returns details such as whether approval is required, who the approvers are, and any additional approval settings. This helps administrators understand and manage the approval workflow for human account deletions in their organization. The response is provided as an AccountDeleteConfigDto object.
    ///
    /// `GET /sources/v1/{sourceId}/approval-config/account-delete` (`getAccountDeleteApprovalConfigV1`)
    #[inline]
    pub fn get_account_delete_approval_config_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetAccountDeleteApprovalConfigV1 {
        GetAccountDeleteApprovalConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Human Account Deletion Approval Config
    ///
    /// Updates the approval configuration for deleting human accounts for a specific source, identified by source ID. This endpoint allows administrators to modify settings such as whether approval is required, who the approvers are, and other approval-related options. The update is performed using a JSON Patch payload, and the response returns the updated AccountDeleteConfigDto object reflecting the new approval workflow configuration.
    ///
    /// `PATCH /sources/v1/{sourceId}/approval-config/account-delete` (`updateAccountDeletionApprovalConfigV1`)
    #[inline]
    pub fn update_account_deletion_approval_config_v1(
        &self,
        source_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateAccountDeletionApprovalConfigV1 {
        UpdateAccountDeletionApprovalConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`SourcesApi::list_sources_v1`](SourcesApi::list_sources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListSourcesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_sources_v1`](SourcesApi::list_sources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSourcesV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    for_subadmin: Option<String>,
    include_idn_source: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListSourcesV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **name**: *co, eq, in, sw, ge, gt, ne, isnull*
    ///
    /// **type**: *eq, in, ge, gt, ne, isnull, sw*
    ///
    /// **owner.id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **features**: *ca, co*
    ///
    /// **created**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **modified**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **managementWorkgroup.id**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **description**: *eq, sw*
    ///
    /// **authoritative**: *eq, ne, isnull*
    ///
    /// **healthy**: *isnull*
    ///
    /// **status**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **connectionType**: *eq, ge, gt, in, le, lt, ne, isnull, sw*
    ///
    /// **connectorName**: *eq, ge, gt, in, ne, isnull, sw*
    ///
    /// **category**: *co, eq, ge, gt, in, le, lt, ne, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **type, created, modified, name, owner.name, healthy, status, id, description, owner.id, accountCorrelationConfig.id, accountCorrelationConfig.name, managerCorrelationRule.type, managerCorrelationRule.id, managerCorrelationRule.name, authoritative, managementWorkgroup.id, connectorName, connectionType**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the returned list of sources for the identity specified by the parameter, which is the id of an identity with the role SOURCE_SUBADMIN. By convention, the value **me** indicates the identity id of the current user.
    /// Subadmins may only view Sources which they are able to administer; all other Sources will be filtered out when this parameter is set. If the current user is a SOURCE_SUBADMIN but fails to pass a valid value for this parameter, a 403 Forbidden is returned.
    #[inline]
    pub fn for_subadmin(mut self, for_subadmin: impl Into<String>) -> Self {
        self.for_subadmin = Some(for_subadmin.into());
        self
    }

    /// Include the IdentityNow source in the response.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn include_idn_source(mut self, include_idn_source: bool) -> Self {
        self.include_idn_source = Some(include_idn_source);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Source>, crate::SdkError<ListSourcesV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<crate::Page<models::Source>, crate::SdkError<ListSourcesV1Error>>,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Source, crate::SdkError<ListSourcesV1Error>>,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Source>>,
            crate::SdkError<ListSourcesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSourcesV1",
            self.options,
            move |client| {
                let path = "/sources/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.for_subadmin {
                    query.push(("for-subadmin", value.clone()));
                }
                if let Some(value) = &self.include_idn_source {
                    query.push(("includeIDNSource", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_v1`](SourcesApi::create_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::create_source_v1`](SourcesApi::create_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    provision_as_csv: Option<bool>,
    source: models::Source,
}

impl CreateSourceV1 {
    /// If this parameter is `true`, it configures the source as a Delimited File (CSV) source. Setting this to `true` will automatically set the `type` of the source to `DelimitedFile`.  You must use this query parameter to create a Delimited File source as you would in the UI.  If you don't set this query parameter and you attempt to set the `type` attribute directly, the request won't correctly generate the source.
    #[inline]
    pub fn provision_as_csv(mut self, provision_as_csv: bool) -> Self {
        self.provision_as_csv = Some(provision_as_csv);
        self
    }

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

    /// Sends the request: `POST /sources/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<CreateSourceV1Error>>,
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
            crate::Response<models::Source>,
            crate::SdkError<CreateSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceV1",
            self.options,
            move |client| {
                let path = "/sources/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.provision_as_csv {
                    query.push(("provisionAsCsv", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source;
                    request = crate::request::with_json(
                        "createSourceV1",
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

/// The error statuses of [`SourcesApi::get_source_v1`](SourcesApi::get_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_v1`](SourcesApi::get_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSourceV1 {
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

    /// Sends the request: `GET /sources/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<GetSourceV1Error>>,
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
            crate::Response<models::Source>,
            crate::SdkError<GetSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceV1",
            self.options,
            move |client| {
                let path = ["/sources/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_source_v1`](SourcesApi::put_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_v1`](SourcesApi::put_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    source: models::Source,
}

impl PutSourceV1 {
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

    /// Sends the request: `PUT /sources/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<PutSourceV1Error>>,
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
            crate::Response<models::Source>,
            crate::SdkError<PutSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceV1",
            self.options,
            move |client| {
                let path = ["/sources/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.source;
                    request = crate::request::with_json(
                        "putSourceV1",
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

/// The error statuses of [`SourcesApi::delete_source_v1`](SourcesApi::delete_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_v1`](SourcesApi::delete_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteSourceV1 {
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

    /// Sends the request: `DELETE /sources/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::DeleteSourceV1202Response,
            crate::SdkError<DeleteSourceV1Error>,
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
            crate::Response<models::DeleteSourceV1202Response>,
            crate::SdkError<DeleteSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceV1",
            self.options,
            move |client| {
                let path = ["/sources/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_v1`](SourcesApi::update_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_v1`](SourcesApi::update_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateSourceV1 {
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

    /// Sends the request: `PATCH /sources/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<UpdateSourceV1Error>>,
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
            crate::Response<models::Source>,
            crate::SdkError<UpdateSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceV1",
            self.options,
            move |client| {
                let path = ["/sources/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateSourceV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::list_provisioning_policies_v1`](SourcesApi::list_provisioning_policies_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListProvisioningPoliciesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_provisioning_policies_v1`](SourcesApi::list_provisioning_policies_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListProvisioningPoliciesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    offset: Option<i64>,
    limit: Option<i64>,
    listing: crate::pagination::Listing,
}

impl ListProvisioningPoliciesV1 {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v1/{sourceId}/provisioning-policies`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Provisioningpolicydto>,
            crate::SdkError<ListProvisioningPoliciesV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Provisioningpolicydto>,
            crate::SdkError<ListProvisioningPoliciesV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Provisioningpolicydto,
            crate::SdkError<ListProvisioningPoliciesV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(offset);
                request.limit = Some(limit);
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Provisioningpolicydto>>,
            crate::SdkError<ListProvisioningPoliciesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listProvisioningPoliciesV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_provisioning_policy_v1`](SourcesApi::create_provisioning_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateProvisioningPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::create_provisioning_policy_v1`](SourcesApi::create_provisioning_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateProvisioningPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    provisioningpolicydto: models::Provisioningpolicydto,
}

impl CreateProvisioningPolicyV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/provisioning-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydto,
            crate::SdkError<CreateProvisioningPolicyV1Error>,
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
            crate::Response<models::Provisioningpolicydto>,
            crate::SdkError<CreateProvisioningPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createProvisioningPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioningpolicydto;
                    request = crate::request::with_json(
                        "createProvisioningPolicyV1",
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

/// The error statuses of [`SourcesApi::get_provisioning_policy_v1`](SourcesApi::get_provisioning_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetProvisioningPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_provisioning_policy_v1`](SourcesApi::get_provisioning_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProvisioningPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::Usagetype,
}

impl GetProvisioningPolicyV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydto,
            crate::SdkError<GetProvisioningPolicyV1Error>,
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
            crate::Response<models::Provisioningpolicydto>,
            crate::SdkError<GetProvisioningPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getProvisioningPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_provisioning_policy_v1`](SourcesApi::put_provisioning_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutProvisioningPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_provisioning_policy_v1`](SourcesApi::put_provisioning_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutProvisioningPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::Usagetype,
    provisioningpolicydto: models::Provisioningpolicydto,
}

impl PutProvisioningPolicyV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydto,
            crate::SdkError<PutProvisioningPolicyV1Error>,
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
            crate::Response<models::Provisioningpolicydto>,
            crate::SdkError<PutProvisioningPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putProvisioningPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioningpolicydto;
                    request = crate::request::with_json(
                        "putProvisioningPolicyV1",
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

/// The error statuses of [`SourcesApi::delete_provisioning_policy_v1`](SourcesApi::delete_provisioning_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteProvisioningPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_provisioning_policy_v1`](SourcesApi::delete_provisioning_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteProvisioningPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::Usagetype,
}

impl DeleteProvisioningPolicyV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteProvisioningPolicyV1Error>>,
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
            crate::SdkError<DeleteProvisioningPolicyV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteProvisioningPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_provisioning_policy_v1`](SourcesApi::update_provisioning_policy_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateProvisioningPolicyV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_provisioning_policy_v1`](SourcesApi::update_provisioning_policy_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProvisioningPolicyV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    usage_type: models::Usagetype,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateProvisioningPolicyV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/provisioning-policies/{usageType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydto,
            crate::SdkError<UpdateProvisioningPolicyV1Error>,
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
            crate::Response<models::Provisioningpolicydto>,
            crate::SdkError<UpdateProvisioningPolicyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateProvisioningPolicyV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(self.usage_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateProvisioningPolicyV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::list_provisioning_policies_v2`](SourcesApi::list_provisioning_policies_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListProvisioningPoliciesV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_provisioning_policies_v2`](SourcesApi::list_provisioning_policies_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListProvisioningPoliciesV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    filters: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
    listing: crate::pagination::Listing,
}

impl ListProvisioningPoliciesV2 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **subtypeId**: *eq*
    ///
    /// **usageType**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v2/{sourceId}/provisioning-policies`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Provisioningpolicydtov2>,
            crate::SdkError<ListProvisioningPoliciesV2Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Provisioningpolicydtov2>,
            crate::SdkError<ListProvisioningPoliciesV2Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Provisioningpolicydtov2,
            crate::SdkError<ListProvisioningPoliciesV2Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(offset);
                request.limit = Some(limit);
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Provisioningpolicydtov2>>,
            crate::SdkError<ListProvisioningPoliciesV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listProvisioningPoliciesV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_provisioning_policy_v2`](SourcesApi::create_provisioning_policy_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateProvisioningPolicyV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::create_provisioning_policy_v2`](SourcesApi::create_provisioning_policy_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateProvisioningPolicyV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    use_default_fields: Option<bool>,
    provisioningpolicydtov2: models::Provisioningpolicydtov2,
}

impl CreateProvisioningPolicyV2 {
    /// If passed as true, then it uses default fields from the connector template.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn use_default_fields(mut self, use_default_fields: bool) -> Self {
        self.use_default_fields = Some(use_default_fields);
        self
    }

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

    /// Sends the request: `POST /sources/v2/{sourceId}/provisioning-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydtov2,
            crate::SdkError<CreateProvisioningPolicyV2Error>,
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
            crate::Response<models::Provisioningpolicydtov2>,
            crate::SdkError<CreateProvisioningPolicyV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createProvisioningPolicyV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.use_default_fields {
                    query.push(("useDefaultFields", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioningpolicydtov2;
                    request = crate::request::with_json(
                        "createProvisioningPolicyV2",
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

/// The error statuses of [`SourcesApi::get_provisioning_policy_v2`](SourcesApi::get_provisioning_policy_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetProvisioningPolicyV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_provisioning_policy_v2`](SourcesApi::get_provisioning_policy_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProvisioningPolicyV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    id: String,
}

impl GetProvisioningPolicyV2 {
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

    /// Sends the request: `GET /sources/v2/{sourceId}/provisioning-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydtov2,
            crate::SdkError<GetProvisioningPolicyV2Error>,
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
            crate::Response<models::Provisioningpolicydtov2>,
            crate::SdkError<GetProvisioningPolicyV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getProvisioningPolicyV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(&self.id),
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

/// The error statuses of [`SourcesApi::put_provisioning_policy_v2`](SourcesApi::put_provisioning_policy_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutProvisioningPolicyV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_provisioning_policy_v2`](SourcesApi::put_provisioning_policy_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutProvisioningPolicyV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    id: String,
    provisioningpolicydtov2: models::Provisioningpolicydtov2,
}

impl PutProvisioningPolicyV2 {
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

    /// Sends the request: `PUT /sources/v2/{sourceId}/provisioning-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydtov2,
            crate::SdkError<PutProvisioningPolicyV2Error>,
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
            crate::Response<models::Provisioningpolicydtov2>,
            crate::SdkError<PutProvisioningPolicyV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putProvisioningPolicyV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioningpolicydtov2;
                    request = crate::request::with_json(
                        "putProvisioningPolicyV2",
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

/// The error statuses of [`SourcesApi::delete_provisioning_policy_v2`](SourcesApi::delete_provisioning_policy_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteProvisioningPolicyV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_provisioning_policy_v2`](SourcesApi::delete_provisioning_policy_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteProvisioningPolicyV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    id: String,
}

impl DeleteProvisioningPolicyV2 {
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

    /// Sends the request: `DELETE /sources/v2/{sourceId}/provisioning-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteProvisioningPolicyV2Error>>,
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
            crate::SdkError<DeleteProvisioningPolicyV2Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteProvisioningPolicyV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_provisioning_policy_v2`](SourcesApi::update_provisioning_policy_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateProvisioningPolicyV2Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_provisioning_policy_v2`](SourcesApi::update_provisioning_policy_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProvisioningPolicyV2 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateProvisioningPolicyV2 {
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

    /// Sends the request: `PATCH /sources/v2/{sourceId}/provisioning-policies/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Provisioningpolicydtov2,
            crate::SdkError<UpdateProvisioningPolicyV2Error>,
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
            crate::Response<models::Provisioningpolicydtov2>,
            crate::SdkError<UpdateProvisioningPolicyV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateProvisioningPolicyV2",
            self.options,
            move |client| {
                let path = [
                    "/sources/v2/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateProvisioningPolicyV2",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_provisioning_policies_in_bulk_v1`](SourcesApi::update_provisioning_policies_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateProvisioningPoliciesInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_provisioning_policies_in_bulk_v1`](SourcesApi::update_provisioning_policies_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProvisioningPoliciesInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    provisioningpolicydto: Vec<models::Provisioningpolicydto>,
}

impl UpdateProvisioningPoliciesInBulkV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/provisioning-policies/bulk-update`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Provisioningpolicydto>,
            crate::SdkError<UpdateProvisioningPoliciesInBulkV1Error>,
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
            crate::Response<Vec<models::Provisioningpolicydto>>,
            crate::SdkError<UpdateProvisioningPoliciesInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateProvisioningPoliciesInBulkV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/provisioning-policies/bulk-update",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.provisioningpolicydto;
                    request = crate::request::with_json(
                        "updateProvisioningPoliciesInBulkV1",
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

/// The error statuses of [`SourcesApi::get_source_datasets_v1`](SourcesApi::get_source_datasets_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceDatasetsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_datasets_v1`](SourcesApi::get_source_datasets_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceDatasetsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetSourceDatasetsV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v1/{sourceId}/datasets`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcedataset>,
            crate::SdkError<GetSourceDatasetsV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Sourcedataset>,
            crate::SdkError<GetSourceDatasetsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Sourcedataset, crate::SdkError<GetSourceDatasetsV1Error>>,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Sourcedataset>>,
            crate::SdkError<GetSourceDatasetsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceDatasetsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_dataset_v1`](SourcesApi::create_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::create_source_dataset_v1`](SourcesApi::create_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    sourcedataset: models::Sourcedataset,
}

impl CreateSourceDatasetV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/datasets`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedataset,
            crate::SdkError<CreateSourceDatasetV1Error>,
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
            crate::Response<models::Sourcedataset>,
            crate::SdkError<CreateSourceDatasetV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sourcedataset;
                    request = crate::request::with_json(
                        "createSourceDatasetV1",
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

/// The error statuses of [`SourcesApi::get_source_dataset_v1`](SourcesApi::get_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_dataset_v1`](SourcesApi::get_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
}

impl GetSourceDatasetV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/datasets/{datasetId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sourcedataset, crate::SdkError<GetSourceDatasetV1Error>>,
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
            crate::Response<models::Sourcedataset>,
            crate::SdkError<GetSourceDatasetV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
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

/// The error statuses of [`SourcesApi::put_source_dataset_v1`](SourcesApi::put_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_dataset_v1`](SourcesApi::put_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
    sourcedataset: models::Sourcedataset,
}

impl PutSourceDatasetV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/datasets/{datasetId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sourcedataset, crate::SdkError<PutSourceDatasetV1Error>>,
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
            crate::Response<models::Sourcedataset>,
            crate::SdkError<PutSourceDatasetV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sourcedataset;
                    request = crate::request::with_json(
                        "putSourceDatasetV1",
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

/// The error statuses of [`SourcesApi::delete_source_dataset_v1`](SourcesApi::delete_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_dataset_v1`](SourcesApi::delete_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
}

impl DeleteSourceDatasetV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/datasets/{datasetId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSourceDatasetV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSourceDatasetV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_dataset_v1`](SourcesApi::update_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_dataset_v1`](SourcesApi::update_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateSourceDatasetV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/datasets/{datasetId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedataset,
            crate::SdkError<UpdateSourceDatasetV1Error>,
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
            crate::Response<models::Sourcedataset>,
            crate::SdkError<UpdateSourceDatasetV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateSourceDatasetV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_source_dataset_v1`](SourcesApi::import_source_dataset_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ImportSourceDatasetV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::import_source_dataset_v1`](SourcesApi::import_source_dataset_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSourceDatasetV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
    datasetaggregationrequest: Option<models::Datasetaggregationrequest>,
}

impl ImportSourceDatasetV1 {
    /// The request body.
    #[inline]
    pub fn datasetaggregationrequest(
        mut self,
        datasetaggregationrequest: models::Datasetaggregationrequest,
    ) -> Self {
        self.datasetaggregationrequest = Some(datasetaggregationrequest);
        self
    }

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

    /// Sends the request: `POST /sources/v1/{sourceId}/datasets/{datasetId}/aggregate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesTaskresultdetails,
            crate::SdkError<ImportSourceDatasetV1Error>,
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
            crate::Response<models::SourcesTaskresultdetails>,
            crate::SdkError<ImportSourceDatasetV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSourceDatasetV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
                    "/aggregate",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.datasetaggregationrequest {
                    request = crate::request::with_json(
                        "importSourceDatasetV1",
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

/// The error statuses of [`SourcesApi::delete_source_dataset_objects_v1`](SourcesApi::delete_source_dataset_objects_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceDatasetObjectsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_dataset_objects_v1`](SourcesApi::delete_source_dataset_objects_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceDatasetObjectsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    dataset_id: String,
}

impl DeleteSourceDatasetObjectsV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/datasets/{datasetId}/delete-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesTaskresultdetails,
            crate::SdkError<DeleteSourceDatasetObjectsV1Error>,
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
            crate::Response<models::SourcesTaskresultdetails>,
            crate::SdkError<DeleteSourceDatasetObjectsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceDatasetObjectsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/datasets/",
                    &crate::request::path_segment(&self.dataset_id),
                    "/delete-objects",
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

/// The error statuses of [`SourcesApi::get_source_resources_v1`](SourcesApi::get_source_resources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceResourcesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_resources_v1`](SourcesApi::get_source_resources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceResourcesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetSourceResourcesV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v1/{sourceId}/resources`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcedatasetresource>,
            crate::SdkError<GetSourceResourcesV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Sourcedatasetresource>,
            crate::SdkError<GetSourceResourcesV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Sourcedatasetresource,
            crate::SdkError<GetSourceResourcesV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Sourcedatasetresource>>,
            crate::SdkError<GetSourceResourcesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceResourcesV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_resource_v1`](SourcesApi::create_source_resource_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSourceResourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::create_source_resource_v1`](SourcesApi::create_source_resource_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceResourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    sourcedatasetresource: models::Sourcedatasetresource,
}

impl CreateSourceResourceV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/resources`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedatasetresource,
            crate::SdkError<CreateSourceResourceV1Error>,
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
            crate::Response<models::Sourcedatasetresource>,
            crate::SdkError<CreateSourceResourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceResourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sourcedatasetresource;
                    request = crate::request::with_json(
                        "createSourceResourceV1",
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

/// The error statuses of [`SourcesApi::get_source_resource_mappings_v1`](SourcesApi::get_source_resource_mappings_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceResourceMappingsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_resource_mappings_v1`](SourcesApi::get_source_resource_mappings_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceResourceMappingsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceResourceMappingsV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/resources/mappings`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceresourcemapping,
            crate::SdkError<GetSourceResourceMappingsV1Error>,
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
            crate::Response<models::Sourceresourcemapping>,
            crate::SdkError<GetSourceResourceMappingsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceResourceMappingsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources/mappings",
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

/// The error statuses of [`SourcesApi::get_source_resource_v1`](SourcesApi::get_source_resource_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceResourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_resource_v1`](SourcesApi::get_source_resource_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceResourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resource_id: String,
}

impl GetSourceResourceV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/resources/{resourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedatasetresource,
            crate::SdkError<GetSourceResourceV1Error>,
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
            crate::Response<models::Sourcedatasetresource>,
            crate::SdkError<GetSourceResourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceResourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources/",
                    &crate::request::path_segment(&self.resource_id),
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

/// The error statuses of [`SourcesApi::put_source_resource_v1`](SourcesApi::put_source_resource_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceResourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_resource_v1`](SourcesApi::put_source_resource_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceResourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resource_id: String,
    sourcedatasetresource: models::Sourcedatasetresource,
}

impl PutSourceResourceV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/resources/{resourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedatasetresource,
            crate::SdkError<PutSourceResourceV1Error>,
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
            crate::Response<models::Sourcedatasetresource>,
            crate::SdkError<PutSourceResourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceResourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources/",
                    &crate::request::path_segment(&self.resource_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sourcedatasetresource;
                    request = crate::request::with_json(
                        "putSourceResourceV1",
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

/// The error statuses of [`SourcesApi::delete_source_resource_v1`](SourcesApi::delete_source_resource_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceResourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_resource_v1`](SourcesApi::delete_source_resource_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceResourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resource_id: String,
}

impl DeleteSourceResourceV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/resources/{resourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSourceResourceV1Error>>> {
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
            crate::SdkError<DeleteSourceResourceV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceResourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources/",
                    &crate::request::path_segment(&self.resource_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_resource_v1`](SourcesApi::update_source_resource_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceResourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_resource_v1`](SourcesApi::update_source_resource_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceResourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resource_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateSourceResourceV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/resources/{resourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcedatasetresource,
            crate::SdkError<UpdateSourceResourceV1Error>,
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
            crate::Response<models::Sourcedatasetresource>,
            crate::SdkError<UpdateSourceResourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceResourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/resources/",
                    &crate::request::path_segment(&self.resource_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateSourceResourceV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_schemas_v1`](SourcesApi::get_source_schemas_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSchemasV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schemas_v1`](SourcesApi::get_source_schemas_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSchemasV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    include_types: Option<models::GetSourceSchemasV1IncludeTypes>,
    include_names: Option<String>,
}

impl GetSourceSchemasV1 {
    /// If set to 'group', then the account schema is filtered and only group schemas are returned. Only a value of 'group' is recognized presently.
    /// Note: The API will check whether include-types is group or not, if not, it will list schemas based on include-names, if include-names is not provided, it will list all schemas.
    #[inline]
    pub fn include_types(
        mut self,
        include_types: models::GetSourceSchemasV1IncludeTypes,
    ) -> Self {
        self.include_types = Some(include_types);
        self
    }

    /// A comma-separated list of schema names to filter result.
    #[inline]
    pub fn include_names(mut self, include_names: impl Into<String>) -> Self {
        self.include_names = Some(include_names.into());
        self
    }

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

    /// Sends the request: `GET /sources/v1/{sourceId}/schemas`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Schema>, crate::SdkError<GetSourceSchemasV1Error>>,
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
            crate::Response<Vec<models::Schema>>,
            crate::SdkError<GetSourceSchemasV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSchemasV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.include_types {
                    query.push(("include-types", value.as_str().to_owned()));
                }
                if let Some(value) = &self.include_names {
                    query.push(("include-names", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_schema_v1`](SourcesApi::create_source_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceSchemaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::create_source_schema_v1`](SourcesApi::create_source_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema: models::Schema,
}

impl CreateSourceSchemaV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/schemas`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<CreateSourceSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<CreateSourceSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.schema;
                    request = crate::request::with_json(
                        "createSourceSchemaV1",
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

/// The error statuses of [`SourcesApi::get_source_schedules_v1`](SourcesApi::get_source_schedules_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSchedulesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schedules_v1`](SourcesApi::get_source_schedules_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSchedulesV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceSchedulesV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/schedules`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Schedule3>,
            crate::SdkError<GetSourceSchedulesV1Error>,
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
            crate::Response<Vec<models::Schedule3>>,
            crate::SdkError<GetSourceSchedulesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSchedulesV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schedules",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::create_source_schedule_v1`](SourcesApi::create_source_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateSourceScheduleV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::create_source_schedule_v1`](SourcesApi::create_source_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schedule3: models::Schedule3,
}

impl CreateSourceScheduleV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/schedules`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schedule3, crate::SdkError<CreateSourceScheduleV1Error>>,
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
            crate::Response<models::Schedule3>,
            crate::SdkError<CreateSourceScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourceScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schedules",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.schedule3;
                    request = crate::request::with_json(
                        "createSourceScheduleV1",
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

/// The error statuses of [`SourcesApi::get_source_schedule_v1`](SourcesApi::get_source_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schedule_v1`](SourcesApi::get_source_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schedule_type: models::GetSourceScheduleV1ScheduleType,
}

impl GetSourceScheduleV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/schedules/{scheduleType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schedule3, crate::SdkError<GetSourceScheduleV1Error>>,
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
            crate::Response<models::Schedule3>,
            crate::SdkError<GetSourceScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schedules/",
                    &crate::request::path_segment(self.schedule_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::delete_source_schedule_v1`](SourcesApi::delete_source_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_schedule_v1`](SourcesApi::delete_source_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schedule_type: models::DeleteSourceScheduleV1ScheduleType,
}

impl DeleteSourceScheduleV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/schedules/{scheduleType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSourceScheduleV1Error>>> {
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
            crate::SdkError<DeleteSourceScheduleV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schedules/",
                    &crate::request::path_segment(self.schedule_type.as_str()),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_schedule_v1`](SourcesApi::update_source_schedule_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceScheduleV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_schedule_v1`](SourcesApi::update_source_schedule_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceScheduleV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schedule_type: models::UpdateSourceScheduleV1ScheduleType,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateSourceScheduleV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/schedules/{scheduleType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schedule3, crate::SdkError<UpdateSourceScheduleV1Error>>,
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
            crate::Response<models::Schedule3>,
            crate::SdkError<UpdateSourceScheduleV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceScheduleV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schedules/",
                    &crate::request::path_segment(self.schedule_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateSourceScheduleV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_schema_v1`](SourcesApi::get_source_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_schema_v1`](SourcesApi::get_source_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
}

impl GetSourceSchemaV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<GetSourceSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<GetSourceSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_source_schema_v1`](SourcesApi::put_source_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_schema_v1`](SourcesApi::put_source_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
    schema: models::Schema,
}

impl PutSourceSchemaV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<PutSourceSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<PutSourceSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.schema;
                    request = crate::request::with_json(
                        "putSourceSchemaV1",
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

/// The error statuses of [`SourcesApi::delete_source_schema_v1`](SourcesApi::delete_source_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteSourceSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_source_schema_v1`](SourcesApi::delete_source_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
}

impl DeleteSourceSchemaV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteSourceSchemaV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteSourceSchemaV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteSourceSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_schema_v1`](SourcesApi::update_source_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateSourceSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_source_schema_v1`](SourcesApi::update_source_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    schema_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateSourceSchemaV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/schemas/{schemaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<UpdateSourceSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<UpdateSourceSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/schemas/",
                    &crate::request::path_segment(&self.schema_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateSourceSchemaV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_health_v1`](SourcesApi::get_source_health_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceHealthV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_health_v1`](SourcesApi::get_source_health_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceHealthV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceHealthV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/source-health`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Sourcehealthdto, crate::SdkError<GetSourceHealthV1Error>>,
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
            crate::Response<models::Sourcehealthdto>,
            crate::SdkError<GetSourceHealthV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceHealthV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/source-health",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_accounts_schema_v1`](SourcesApi::get_accounts_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccountsSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_accounts_schema_v1`](SourcesApi::get_accounts_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountsSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetAccountsSchemaV1 {
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

    /// Sends the request: `GET /sources/v1/{id}/schemas/accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetAccountsSchemaV1Error>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetAccountsSchemaV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetAccountsSchemaV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccountsSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schemas/accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_accounts_schema_v1`](SourcesApi::import_accounts_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportAccountsSchemaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_accounts_schema_v1`](SourcesApi::import_accounts_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportAccountsSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_accounts_schema_v1_request: models::ImportAccountsSchemaV1Request,
}

impl ImportAccountsSchemaV1 {
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

    /// Sends the request: `POST /sources/v1/{id}/schemas/accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<ImportAccountsSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<ImportAccountsSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importAccountsSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schemas/accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_accounts_schema_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
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

/// The error statuses of [`SourcesApi::get_entitlements_schema_v1`](SourcesApi::get_entitlements_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementsSchemaV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_entitlements_schema_v1`](SourcesApi::get_entitlements_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementsSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    schema_name: Option<String>,
}

impl GetEntitlementsSchemaV1 {
    /// Name of entitlement schema
    #[inline]
    pub fn schema_name(mut self, schema_name: impl Into<String>) -> Self {
        self.schema_name = Some(schema_name.into());
        self
    }

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

    /// Sends the request: `GET /sources/v1/{id}/schemas/entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetEntitlementsSchemaV1Error>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetEntitlementsSchemaV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetEntitlementsSchemaV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementsSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schemas/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.schema_name {
                    query.push(("schemaName", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_entitlements_schema_v1`](SourcesApi::import_entitlements_schema_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportEntitlementsSchemaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_entitlements_schema_v1`](SourcesApi::import_entitlements_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportEntitlementsSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    schema_name: Option<String>,
    import_entitlements_schema_v1_request: models::ImportEntitlementsSchemaV1Request,
}

impl ImportEntitlementsSchemaV1 {
    /// Name of entitlement schema
    #[inline]
    pub fn schema_name(mut self, schema_name: impl Into<String>) -> Self {
        self.schema_name = Some(schema_name.into());
        self
    }

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

    /// Sends the request: `POST /sources/v1/{id}/schemas/entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Schema, crate::SdkError<ImportEntitlementsSchemaV1Error>>,
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
            crate::Response<models::Schema>,
            crate::SdkError<ImportEntitlementsSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importEntitlementsSchemaV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/schemas/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.schema_name {
                    query.push(("schemaName", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_entitlements_schema_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
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

/// The error statuses of [`SourcesApi::import_connector_file_v1`](SourcesApi::import_connector_file_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportConnectorFileV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_connector_file_v1`](SourcesApi::import_connector_file_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportConnectorFileV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_connector_file_v1_request: models::ImportConnectorFileV1Request,
}

impl ImportConnectorFileV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/upload-connector-file`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Source, crate::SdkError<ImportConnectorFileV1Error>>,
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
            crate::Response<models::Source>,
            crate::SdkError<ImportConnectorFileV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importConnectorFileV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/upload-connector-file",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_connector_file_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
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

/// The error statuses of [`SourcesApi::get_source_connections_v1`](SourcesApi::get_source_connections_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceConnectionsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_connections_v1`](SourcesApi::get_source_connections_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceConnectionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetSourceConnectionsV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/connections`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceconnectionsdto,
            crate::SdkError<GetSourceConnectionsV1Error>,
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
            crate::Response<models::Sourceconnectionsdto>,
            crate::SdkError<GetSourceConnectionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceConnectionsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/connections",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_correlation_config_v1`](SourcesApi::get_correlation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCorrelationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_correlation_config_v1`](SourcesApi::get_correlation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCorrelationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetCorrelationConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{id}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesCorrelationconfig,
            crate::SdkError<GetCorrelationConfigV1Error>,
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
            crate::Response<models::SourcesCorrelationconfig>,
            crate::SdkError<GetCorrelationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCorrelationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_correlation_config_v1`](SourcesApi::put_correlation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutCorrelationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_correlation_config_v1`](SourcesApi::put_correlation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutCorrelationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sources_correlationconfig: models::SourcesCorrelationconfig,
}

impl PutCorrelationConfigV1 {
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

    /// Sends the request: `PUT /sources/v1/{id}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesCorrelationconfig,
            crate::SdkError<PutCorrelationConfigV1Error>,
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
            crate::Response<models::SourcesCorrelationconfig>,
            crate::SdkError<PutCorrelationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putCorrelationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sources_correlationconfig;
                    request = crate::request::with_json(
                        "putCorrelationConfigV1",
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

/// The error statuses of [`SourcesApi::list_password_policy_holders_on_source_v1`](SourcesApi::list_password_policy_holders_on_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListPasswordPolicyHoldersOnSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::list_password_policy_holders_on_source_v1`](SourcesApi::list_password_policy_holders_on_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPasswordPolicyHoldersOnSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListPasswordPolicyHoldersOnSourceV1 {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /sources/v1/{sourceId}/password-policies`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Passwordpolicyholdersdto,
            crate::SdkError<ListPasswordPolicyHoldersOnSourceV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::PasswordpolicyholdersdtoInner>,
            crate::SdkError<ListPasswordPolicyHoldersOnSourceV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::PasswordpolicyholdersdtoInner,
            crate::SdkError<ListPasswordPolicyHoldersOnSourceV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Passwordpolicyholdersdto>,
            crate::SdkError<ListPasswordPolicyHoldersOnSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPasswordPolicyHoldersOnSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/password-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_password_policy_holders_v1`](SourcesApi::update_password_policy_holders_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdatePasswordPolicyHoldersV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_password_policy_holders_v1`](SourcesApi::update_password_policy_holders_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePasswordPolicyHoldersV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    passwordpolicyholdersdto: models::Passwordpolicyholdersdto,
}

impl UpdatePasswordPolicyHoldersV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/password-policies`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Passwordpolicyholdersdto,
            crate::SdkError<UpdatePasswordPolicyHoldersV1Error>,
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
            crate::Response<models::Passwordpolicyholdersdto>,
            crate::SdkError<UpdatePasswordPolicyHoldersV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updatePasswordPolicyHoldersV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/password-policies",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.passwordpolicyholdersdto;
                    request = crate::request::with_json(
                        "updatePasswordPolicyHoldersV1",
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

/// The error statuses of [`SourcesApi::test_source_connection_v1`](SourcesApi::test_source_connection_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConnectionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::test_source_connection_v1`](SourcesApi::test_source_connection_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConnectionV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl TestSourceConnectionV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/connector/check-connection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Statusresponse,
            crate::SdkError<TestSourceConnectionV1Error>,
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
            crate::Response<models::Statusresponse>,
            crate::SdkError<TestSourceConnectionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConnectionV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/check-connection",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::search_resource_objects_v1`](SourcesApi::search_resource_objects_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SearchResourceObjectsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::search_resource_objects_v1`](SourcesApi::search_resource_objects_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchResourceObjectsV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    resourceobjectsrequest: models::Resourceobjectsrequest,
}

impl SearchResourceObjectsV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/connector/peek-resource-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Resourceobjectsresponse,
            crate::SdkError<SearchResourceObjectsV1Error>,
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
            crate::Response<models::Resourceobjectsresponse>,
            crate::SdkError<SearchResourceObjectsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchResourceObjectsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/peek-resource-objects",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.resourceobjectsrequest;
                    request = crate::request::with_json(
                        "searchResourceObjectsV1",
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

/// The error statuses of [`SourcesApi::ping_cluster_v1`](SourcesApi::ping_cluster_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PingClusterV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::ping_cluster_v1`](SourcesApi::ping_cluster_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PingClusterV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl PingClusterV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/connector/ping-cluster`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Statusresponse, crate::SdkError<PingClusterV1Error>>,
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
            crate::Response<models::Statusresponse>,
            crate::SdkError<PingClusterV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "pingClusterV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/ping-cluster",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::test_source_configuration_v1`](SourcesApi::test_source_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::test_source_configuration_v1`](SourcesApi::test_source_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl TestSourceConfigurationV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/connector/test-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Statusresponse,
            crate::SdkError<TestSourceConfigurationV1Error>,
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
            crate::Response<models::Statusresponse>,
            crate::SdkError<TestSourceConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConfigurationV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/connector/test-configuration",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_source_config_v1`](SourcesApi::get_source_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_config_v1`](SourcesApi::get_source_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    locale: Option<models::GetSourceConfigV1Locale>,
}

impl GetSourceConfigV1 {
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    #[inline]
    pub fn locale(mut self, locale: models::GetSourceConfigV1Locale) -> Self {
        self.locale = Some(locale);
        self
    }

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

    /// Sends the request: `GET /sources/v1/{id}/connectors/source-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesConnectordetail,
            crate::SdkError<GetSourceConfigV1Error>,
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
            crate::Response<models::SourcesConnectordetail>,
            crate::SdkError<GetSourceConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/connectors/source-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.locale {
                    query.push(("locale", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_native_change_detection_config_v1`](SourcesApi::get_native_change_detection_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetNativeChangeDetectionConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_native_change_detection_config_v1`](SourcesApi::get_native_change_detection_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNativeChangeDetectionConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetNativeChangeDetectionConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nativechangedetectionconfig,
            crate::SdkError<GetNativeChangeDetectionConfigV1Error>,
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
            crate::Response<models::Nativechangedetectionconfig>,
            crate::SdkError<GetNativeChangeDetectionConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getNativeChangeDetectionConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::put_native_change_detection_config_v1`](SourcesApi::put_native_change_detection_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutNativeChangeDetectionConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_native_change_detection_config_v1`](SourcesApi::put_native_change_detection_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutNativeChangeDetectionConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    nativechangedetectionconfig: models::Nativechangedetectionconfig,
}

impl PutNativeChangeDetectionConfigV1 {
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

    /// Sends the request: `PUT /sources/v1/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Nativechangedetectionconfig,
            crate::SdkError<PutNativeChangeDetectionConfigV1Error>,
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
            crate::Response<models::Nativechangedetectionconfig>,
            crate::SdkError<PutNativeChangeDetectionConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putNativeChangeDetectionConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.nativechangedetectionconfig;
                    request = crate::request::with_json(
                        "putNativeChangeDetectionConfigV1",
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

/// The error statuses of [`SourcesApi::delete_native_change_detection_config_v1`](SourcesApi::delete_native_change_detection_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteNativeChangeDetectionConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::delete_native_change_detection_config_v1`](SourcesApi::delete_native_change_detection_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNativeChangeDetectionConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl DeleteNativeChangeDetectionConfigV1 {
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

    /// Sends the request: `DELETE /sources/v1/{sourceId}/native-change-detection-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteNativeChangeDetectionConfigV1Error>>,
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
            crate::SdkError<DeleteNativeChangeDetectionConfigV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteNativeChangeDetectionConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/native-change-detection-config",
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::delete_accounts_async_v1`](SourcesApi::delete_accounts_async_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteAccountsAsyncV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::delete_accounts_async_v1`](SourcesApi::delete_accounts_async_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccountsAsyncV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteAccountsAsyncV1 {
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

    /// Sends the request: `POST /sources/v1/{id}/remove-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskresultdto,
            crate::SdkError<DeleteAccountsAsyncV1Error>,
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
            crate::Response<models::Taskresultdto>,
            crate::SdkError<DeleteAccountsAsyncV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccountsAsyncV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/remove-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::import_accounts_v1`](SourcesApi::import_accounts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportAccountsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_accounts_v1`](SourcesApi::import_accounts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportAccountsV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_accounts_v1_request: Option<models::ImportAccountsV1Request>,
}

impl ImportAccountsV1 {
    /// The request body.
    #[inline]
    pub fn import_accounts_v1_request(
        mut self,
        import_accounts_v1_request: models::ImportAccountsV1Request,
    ) -> Self {
        self.import_accounts_v1_request = Some(import_accounts_v1_request);
        self
    }

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

    /// Sends the request: `POST /sources/v1/{id}/load-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Loadaccountstask, crate::SdkError<ImportAccountsV1Error>>,
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
            crate::Response<models::Loadaccountstask>,
            crate::SdkError<ImportAccountsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importAccountsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/load-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_accounts_v1_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            if let Some(part) = &value.disable_optimization {
                                form = form
                                    .part(
                                        "disableOptimization",
                                        crate::request::text_part(part.clone()),
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

/// The error statuses of [`SourcesApi::import_uncorrelated_accounts_v1`](SourcesApi::import_uncorrelated_accounts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportUncorrelatedAccountsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_uncorrelated_accounts_v1`](SourcesApi::import_uncorrelated_accounts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportUncorrelatedAccountsV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_uncorrelated_accounts_v1_request: Option<
        models::ImportUncorrelatedAccountsV1Request,
    >,
}

impl ImportUncorrelatedAccountsV1 {
    /// The request body.
    #[inline]
    pub fn import_uncorrelated_accounts_v1_request(
        mut self,
        import_uncorrelated_accounts_v1_request: models::ImportUncorrelatedAccountsV1Request,
    ) -> Self {
        self.import_uncorrelated_accounts_v1_request = Some(
            import_uncorrelated_accounts_v1_request,
        );
        self
    }

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

    /// Sends the request: `POST /sources/v1/{id}/load-uncorrelated-accounts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Loaduncorrelatedaccountstask,
            crate::SdkError<ImportUncorrelatedAccountsV1Error>,
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
            crate::Response<models::Loaduncorrelatedaccountstask>,
            crate::SdkError<ImportUncorrelatedAccountsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importUncorrelatedAccountsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/load-uncorrelated-accounts",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_uncorrelated_accounts_v1_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
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

/// The error statuses of [`SourcesApi::get_source_attr_sync_config_v1`](SourcesApi::get_source_attr_sync_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourceAttrSyncConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_source_attr_sync_config_v1`](SourcesApi::get_source_attr_sync_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceAttrSyncConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSourceAttrSyncConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{id}/attribute-sync-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attrsyncsourceconfig,
            crate::SdkError<GetSourceAttrSyncConfigV1Error>,
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
            crate::Response<models::Attrsyncsourceconfig>,
            crate::SdkError<GetSourceAttrSyncConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceAttrSyncConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/attribute-sync-config",
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

/// The error statuses of [`SourcesApi::put_source_attr_sync_config_v1`](SourcesApi::put_source_attr_sync_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutSourceAttrSyncConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::put_source_attr_sync_config_v1`](SourcesApi::put_source_attr_sync_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutSourceAttrSyncConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    attrsyncsourceconfig: models::Attrsyncsourceconfig,
}

impl PutSourceAttrSyncConfigV1 {
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

    /// Sends the request: `PUT /sources/v1/{id}/attribute-sync-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Attrsyncsourceconfig,
            crate::SdkError<PutSourceAttrSyncConfigV1Error>,
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
            crate::Response<models::Attrsyncsourceconfig>,
            crate::SdkError<PutSourceAttrSyncConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putSourceAttrSyncConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/attribute-sync-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.attrsyncsourceconfig;
                    request = crate::request::with_json(
                        "putSourceAttrSyncConfigV1",
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

/// The error statuses of [`SourcesApi::sync_attributes_for_source_v1`](SourcesApi::sync_attributes_for_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SyncAttributesForSourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::sync_attributes_for_source_v1`](SourcesApi::sync_attributes_for_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SyncAttributesForSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl SyncAttributesForSourceV1 {
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

    /// Sends the request: `POST /sources/v1/{id}/synchronize-attributes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourcesyncjob,
            crate::SdkError<SyncAttributesForSourceV1Error>,
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
            crate::Response<models::Sourcesyncjob>,
            crate::SdkError<SyncAttributesForSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "syncAttributesForSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/synchronize-attributes",
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

/// The error statuses of [`SourcesApi::get_source_entitlement_request_config_v1`](SourcesApi::get_source_entitlement_request_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSourceEntitlementRequestConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::get_source_entitlement_request_config_v1`](SourcesApi::get_source_entitlement_request_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceEntitlementRequestConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSourceEntitlementRequestConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{id}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceentitlementrequestconfig,
            crate::SdkError<GetSourceEntitlementRequestConfigV1Error>,
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
            crate::Response<models::Sourceentitlementrequestconfig>,
            crate::SdkError<GetSourceEntitlementRequestConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourceEntitlementRequestConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_source_entitlement_request_config_v1`](SourcesApi::update_source_entitlement_request_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateSourceEntitlementRequestConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::update_source_entitlement_request_config_v1`](SourcesApi::update_source_entitlement_request_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceEntitlementRequestConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    sourceentitlementrequestconfig: models::Sourceentitlementrequestconfig,
}

impl UpdateSourceEntitlementRequestConfigV1 {
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

    /// Sends the request: `PUT /sources/v1/{id}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceentitlementrequestconfig,
            crate::SdkError<UpdateSourceEntitlementRequestConfigV1Error>,
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
            crate::Response<models::Sourceentitlementrequestconfig>,
            crate::SdkError<UpdateSourceEntitlementRequestConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateSourceEntitlementRequestConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.sourceentitlementrequestconfig;
                    request = crate::request::with_json(
                        "updateSourceEntitlementRequestConfigV1",
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

/// The error statuses of [`SourcesApi::import_entitlements_v1`](SourcesApi::import_entitlements_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportEntitlementsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourcesApi::import_entitlements_v1`](SourcesApi::import_entitlements_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportEntitlementsV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    source_id: String,
    import_entitlements_v1_request: Option<models::ImportEntitlementsV1Request>,
}

impl ImportEntitlementsV1 {
    /// The request body.
    #[inline]
    pub fn import_entitlements_v1_request(
        mut self,
        import_entitlements_v1_request: models::ImportEntitlementsV1Request,
    ) -> Self {
        self.import_entitlements_v1_request = Some(import_entitlements_v1_request);
        self
    }

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

    /// Sends the request: `POST /sources/v1/{sourceId}/load-entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SourcesLoadentitlementtask,
            crate::SdkError<ImportEntitlementsV1Error>,
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
            crate::Response<models::SourcesLoadentitlementtask>,
            crate::SdkError<ImportEntitlementsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importEntitlementsV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/load-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_entitlements_v1_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
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

/// The error statuses of [`SourcesApi::get_machine_account_deletion_approval_config_by_source_v1`](SourcesApi::get_machine_account_deletion_approval_config_by_source_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineAccountDeletionApprovalConfigBySourceV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_machine_account_deletion_approval_config_by_source_v1`](SourcesApi::get_machine_account_deletion_approval_config_by_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountDeletionApprovalConfigBySourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetMachineAccountDeletionApprovalConfigBySourceV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/approval-config/machine-account-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountdeleteconfigdto,
            crate::SdkError<GetMachineAccountDeletionApprovalConfigBySourceV1Error>,
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
            crate::Response<models::Accountdeleteconfigdto>,
            crate::SdkError<GetMachineAccountDeletionApprovalConfigBySourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountDeletionApprovalConfigBySourceV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/approval-config/machine-account-delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_machine_account_deletion_approval_config_v1`](SourcesApi::update_machine_account_deletion_approval_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateMachineAccountDeletionApprovalConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_machine_account_deletion_approval_config_v1`](SourcesApi::update_machine_account_deletion_approval_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMachineAccountDeletionApprovalConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateMachineAccountDeletionApprovalConfigV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/approval-config/machine-account-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountdeleteconfigdto,
            crate::SdkError<UpdateMachineAccountDeletionApprovalConfigV1Error>,
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
            crate::Response<models::Accountdeleteconfigdto>,
            crate::SdkError<UpdateMachineAccountDeletionApprovalConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateMachineAccountDeletionApprovalConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/approval-config/machine-account-delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateMachineAccountDeletionApprovalConfigV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::get_account_delete_approval_config_v1`](SourcesApi::get_account_delete_approval_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccountDeleteApprovalConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::get_account_delete_approval_config_v1`](SourcesApi::get_account_delete_approval_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountDeleteApprovalConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetAccountDeleteApprovalConfigV1 {
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

    /// Sends the request: `GET /sources/v1/{sourceId}/approval-config/account-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountdeleteconfigdto,
            crate::SdkError<GetAccountDeleteApprovalConfigV1Error>,
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
            crate::Response<models::Accountdeleteconfigdto>,
            crate::SdkError<GetAccountDeleteApprovalConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccountDeleteApprovalConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/approval-config/account-delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourcesApi::update_account_deletion_approval_config_v1`](SourcesApi::update_account_deletion_approval_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccountDeletionApprovalConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SourcesApi::update_account_deletion_approval_config_v1`](SourcesApi::update_account_deletion_approval_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccountDeletionApprovalConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateAccountDeletionApprovalConfigV1 {
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

    /// Sends the request: `PATCH /sources/v1/{sourceId}/approval-config/account-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountdeleteconfigdto,
            crate::SdkError<UpdateAccountDeletionApprovalConfigV1Error>,
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
            crate::Response<models::Accountdeleteconfigdto>,
            crate::SdkError<UpdateAccountDeletionApprovalConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccountDeletionApprovalConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/approval-config/account-delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateAccountDeletionApprovalConfigV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}
