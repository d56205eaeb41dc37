//! `Applicationcrawlersettings`, from `apis/data-access-security/schemas/applicationcrawlersettings.yaml`.

use crate::models::Crawlresourcessizesoptions;

/// `Applicationcrawlersettings` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Applicationcrawlersettings {
    /// Indicates whether the feature or configuration is enabled.
    #[serde(rename = "isEnabled", skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    #[serde(rename = "clusterId", skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies when resource sizes should be calculated during the crawl operation.
    #[serde(rename = "calculateResourceSize", skip_serializing_if = "Option::is_none")]
    pub calculate_resource_size: Option<Crawlresourcessizesoptions>,
    /// Indicates whether to crawl the snapshots folder.
    #[serde(rename = "crawlSnapshotsFolder", skip_serializing_if = "Option::is_none")]
    pub crawl_snapshots_folder: Option<bool>,
    /// Indicates whether to crawl mailboxes.
    #[serde(rename = "crawlMailboxes", skip_serializing_if = "Option::is_none")]
    pub crawl_mailboxes: Option<bool>,
    /// Indicates whether to crawl public folders.
    #[serde(rename = "crawlPublicFolders", skip_serializing_if = "Option::is_none")]
    pub crawl_public_folders: Option<bool>,
    /// Regular expression pattern for paths to exclude from crawling.
    #[serde(rename = "excludedPathsByRegex", skip_serializing_if = "Option::is_none")]
    pub excluded_paths_by_regex: Option<String>,
    /// List of top-level shares to crawl.
    #[serde(rename = "crawlTopLevelShares", skip_serializing_if = "Option::is_none")]
    pub crawl_top_level_shares: Option<Vec<String>>,
    /// List of resource identifiers to exclude from crawling.
    #[serde(rename = "excludedResources", skip_serializing_if = "Option::is_none")]
    pub excluded_resources: Option<Vec<String>>,
    /// List of resource identifiers to include in crawling.
    #[serde(rename = "includeResources", skip_serializing_if = "Option::is_none")]
    pub include_resources: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Applicationcrawlersettings {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Applicationcrawlersettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Applicationcrawlersettings {
    const NAME: &'static str = "Applicationcrawlersettings";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "isEnabled" => {
                self.is_enabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "clusterId" => {
                self.cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "calculateResourceSize" => self.calculate_resource_size = map.next_value()?,
            "crawlSnapshotsFolder" => {
                self.crawl_snapshots_folder = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "crawlMailboxes" => {
                self.crawl_mailboxes = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "crawlPublicFolders" => {
                self.crawl_public_folders = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "excludedPathsByRegex" => {
                self.excluded_paths_by_regex = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "crawlTopLevelShares" => self.crawl_top_level_shares = map.next_value()?,
            "excludedResources" => self.excluded_resources = map.next_value()?,
            "includeResources" => self.include_resources = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
