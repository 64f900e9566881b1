// Generated from openapi/openapi.json by `npm run client:types`; do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process runs.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database answers and the server is not draining; 503 otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents
         * @description Charters, conventions, declarations, MOUs, plans of action and other instruments, filtered and paginated. Default order: date, then id. Representations: JSON (default), CSV (Accept: text/csv or format=csv) and NDJSON (Accept: application/x-ndjson or format=ndjson); CSV and NDJSON stream every matching record. In CSV, multi-valued fields are joined with "; " and organizations are written id:role. With fields=, the JSON answer is typed application/json; profile="sparse".
         */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description A document with its organizations and roles, threats, phases, adopting meeting, relations and citations.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Summits, ministerial, senior-officials and secretaries-general meetings. Default order: date, then id. Representations: JSON (default), CSV (Accept: text/csv or format=csv) and NDJSON (Accept: application/x-ndjson or format=ndjson); CSV and NDJSON stream every matching record. In CSV, multi-valued fields are joined with "; " and organizations are written id:role. With fields=, the JSON answer is typed application/json; profile="sparse".
         */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a meeting
         * @description A meeting with its organizations, threats, phases, the documents it adopted, and citations.
         */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description Exercises, operations and campaigns (Coalition 2003, Peace Mission, Spider Web, …). Default order: date, then id. Representations: JSON (default), CSV (Accept: text/csv or format=csv) and NDJSON (Accept: application/x-ndjson or format=ndjson); CSV and NDJSON stream every matching record. In CSV, multi-valued fields are joined with "; " and organizations are written id:role. With fields=, the JSON answer is typed application/json; profile="sparse".
         */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity
         * @description An activity with its organizations, participants, threats, phases and citations.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description The SCO, ASEAN, their bodies (RATS, ARF, ADMM, …) and the other organizations of the corpus.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description An organization with its bodies, phases, memberships over time, and curated characterizations per threat.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of an organization on a date
         * @description The states holding a status (member, observer, dialogue partner, accession in progress) on the given day.
         */
        get: operations["listMembersOnDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List threat domains
         * @description The threat hierarchy (terrorism ⊃ separatism, extremism; drugs; trafficking; transnational crime) with record counts.
         */
        get: operations["listThreats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List historical phases
         * @description The five SCO and five ASEAN phases of section 1.1 of the thesis.
         */
        get: operations["listPhases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Corpus version and counts
         * @description The corpus version (a digest of the seed and migrations), when the database was built, and record counts.
         */
        get: operations["getCorpusMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meeting series and how complete each is
         * @description Each series (the SCO Council of Heads of State, the ASEAN Summit, the ADMM, …) with its body, how many meetings the public record holds for 2001–2022, how many the corpus has, and the meetings the record cannot settle (gaps), so that a quiet year can be told from a hole in the data.
         */
        get: operations["listSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a meeting series
         * @description A series with its completeness and its meetings in the corpus.
         */
        get: operations["getSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search across the corpus
         * @description Searches titles, aliases and abbreviations, summaries, notes and quotes of documents, meetings, activities and organizations. Ranked by bm25 with titles and aliases weighted above body text; each hit has a highlighted snippet. Words are ANDed; "a phrase" in double quotes matches the phrase; a trailing * matches a prefix (traffick*). Other punctuation and operators are read as plain words. Any record filter leaves organizations out. CSV and NDJSON export every hit.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Documents related to a document
         * @description Typed relations in both directions (implements, supersedes, amends, references), and the meeting that adopted the document with its other outcomes.
         */
        get: operations["getRelatedDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/citation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cite a document
         * @description The document as a reference for a reference manager: BibTeX, RIS or CSL-JSON.
         */
        get: operations["getDocumentCitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cite every document a filter matches
         * @description The documents matching the same filters as GET /v1/documents, all of them, as BibTeX, RIS or CSL-JSON.
         */
        get: operations["listDocumentCitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timeline of documents, meetings, activities and membership changes
         * @description Every dated record and membership change in date order (then kind and id), with the usual filters; group=year adds how many events each year holds over the whole filtered range. A membership change has no threat, type, meeting or text: a filter asking for one leaves it out, one excluding them (threat=!drugs) keeps it, and q leaves it out. CSV and NDJSON export every matching event.
         */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SCO and ASEAN side by side
         * @description For each organization: its documents by type, the first and latest, counts per phase, the bodies involved, and the curated characterization of its approach with citations; under the list filters (threat=drugs, threat=terrorism,!extremism, year=2005,2015, …) or for all. As CSV or NDJSON: one row per organization, dimension (type, phase, body), value and kind of record.
         */
        get: operations["compareOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facet counts without the records
         * @description How many documents, meetings and activities (or the kinds asked for) each value of each facet holds under the filters, in one call. Years come in chronological order; with fill_years=true every year of the range is listed, zero where nothing matches.
         */
        get: operations["countFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Organization id; includes its bodies (org=sco also matches RATS records); !id excludes it
         * @enum {string}
         */
        OrganizationFilter: "admm" | "admm-plus" | "adsom" | "aha-centre" | "aichr" | "ammd" | "ammtc" | "arf" | "arf-ism-ctcc" | "asean" | "asean-narco" | "asean-plus-three" | "asean-secretariat" | "asod" | "caricc" | "cis" | "csto" | "eaeu" | "eas" | "iom" | "rats" | "sco" | "sco-afghanistan-contact-group" | "sco-border-guard" | "sco-secretariat" | "somtc" | "un" | "unga" | "unodc" | "unsc" | "!admm" | "!admm-plus" | "!adsom" | "!aha-centre" | "!aichr" | "!ammd" | "!ammtc" | "!arf" | "!arf-ism-ctcc" | "!asean" | "!asean-narco" | "!asean-plus-three" | "!asean-secretariat" | "!asod" | "!caricc" | "!cis" | "!csto" | "!eaeu" | "!eas" | "!iom" | "!rats" | "!sco" | "!sco-afghanistan-contact-group" | "!sco-border-guard" | "!sco-secretariat" | "!somtc" | "!un" | "!unga" | "!unodc" | "!unsc";
        /**
         * @description Threat id; includes its children (threat=terrorism also matches extremism); !id excludes it
         * @enum {string}
         */
        ThreatFilter: "drugs" | "extremism" | "separatism" | "terrorism" | "trafficking" | "transnational-crime" | "!drugs" | "!extremism" | "!separatism" | "!terrorism" | "!trafficking" | "!transnational-crime";
        /**
         * @description Phase id (derived from the date: one phase per periodized organization); !id excludes it
         * @enum {string}
         */
        PhaseFilter: "asean-centrality" | "asean-global-security-challenges" | "asean-led-mechanisms" | "asean-external-partners" | "asean-rules-based-order" | "sco-establishment" | "sco-expansion" | "sco-consolidation" | "sco-integration" | "sco-maturity" | "!asean-centrality" | "!asean-global-security-challenges" | "!asean-led-mechanisms" | "!asean-external-partners" | "!asean-rules-based-order" | "!sco-establishment" | "!sco-expansion" | "!sco-consolidation" | "!sco-integration" | "!sco-maturity";
        /**
         * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series; !id excludes it
         * @enum {string}
         */
        SeriesFilter: "admm" | "admm-plus" | "aichr" | "ammd" | "ammtc" | "arf" | "arf-ism-ctc" | "asean-sco-secretaries-general" | "asean-summit" | "eas" | "sco-defence-ministers" | "sco-drug-control-heads" | "sco-heads-of-state" | "sco-prosecutors-general" | "sco-security-council-secretaries" | "!admm" | "!admm-plus" | "!aichr" | "!ammd" | "!ammtc" | "!arf" | "!arf-ism-ctc" | "!asean-sco-secretaries-general" | "!asean-summit" | "!eas" | "!sco-defence-ministers" | "!sco-drug-control-heads" | "!sco-heads-of-state" | "!sco-prosecutors-general" | "!sco-security-council-secretaries";
        /**
         * @description A record type; !type excludes it
         * @enum {string}
         */
        DocumentTypeFilter: "address" | "agreement" | "blueprint" | "chairmans-statement" | "charter" | "concept-paper" | "consensus" | "convention" | "declaration" | "joint-statement" | "mou" | "other" | "outlook" | "plan-of-action" | "press-release" | "protocol" | "report" | "resolution" | "strategy" | "treaty" | "work-plan" | "work-programme" | "!address" | "!agreement" | "!blueprint" | "!chairmans-statement" | "!charter" | "!concept-paper" | "!consensus" | "!convention" | "!declaration" | "!joint-statement" | "!mou" | "!other" | "!outlook" | "!plan-of-action" | "!press-release" | "!protocol" | "!report" | "!resolution" | "!strategy" | "!treaty" | "!work-plan" | "!work-programme";
        /**
         * @description A record type; !type excludes it
         * @enum {string}
         */
        MeetingTypeFilter: "forum" | "ministerial" | "other" | "secretaries-general" | "senior-officials" | "summit" | "visit" | "working-level" | "!forum" | "!ministerial" | "!other" | "!secretaries-general" | "!senior-officials" | "!summit" | "!visit" | "!working-level";
        /**
         * @description A record type; !type excludes it
         * @enum {string}
         */
        ActivityTypeFilter: "campaign" | "exercise" | "operation" | "other" | "programme" | "workshop" | "!campaign" | "!exercise" | "!operation" | "!other" | "!programme" | "!workshop";
        /**
         * @description A record type; !type excludes it
         * @enum {string}
         */
        RecordTypeFilter: "address" | "agreement" | "blueprint" | "campaign" | "chairmans-statement" | "charter" | "concept-paper" | "consensus" | "convention" | "declaration" | "exercise" | "forum" | "joint-statement" | "ministerial" | "mou" | "operation" | "other" | "outlook" | "plan-of-action" | "press-release" | "programme" | "protocol" | "report" | "resolution" | "secretaries-general" | "senior-officials" | "strategy" | "summit" | "treaty" | "visit" | "work-plan" | "work-programme" | "working-level" | "workshop" | "!address" | "!agreement" | "!blueprint" | "!campaign" | "!chairmans-statement" | "!charter" | "!concept-paper" | "!consensus" | "!convention" | "!declaration" | "!exercise" | "!forum" | "!joint-statement" | "!ministerial" | "!mou" | "!operation" | "!other" | "!outlook" | "!plan-of-action" | "!press-release" | "!programme" | "!protocol" | "!report" | "!resolution" | "!secretaries-general" | "!senior-officials" | "!strategy" | "!summit" | "!treaty" | "!visit" | "!work-plan" | "!work-programme" | "!working-level" | "!workshop";
        /** @description An RFC 9457 problem detail (application/problem+json) */
        Problem: {
            /** @description A URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description The request parameter at fault, when there is one */
            parameter?: string;
            /** @description The values the parameter accepts, for an unknown filter value or query parameter */
            allowed?: string[];
            /** @description The allowed values nearest to what was sent, nearest first (by edit distance) */
            suggestions?: string[];
        };
        ThesisCitation: {
            /** @constant */
            kind: "thesis";
            /** @description Thesis section: 1.1 … 3.3, introduction, conclusion or sources */
            section: string;
            footnotes: number[];
            /** @description Entry number in the thesis list of primary sources */
            source_entry: number | null;
            url: string | null;
            /** @description A verbatim quote from the thesis */
            quote: string;
        };
        PublicSource: {
            /** @constant */
            kind: "public";
            url: string;
            publisher: string;
            /** @description The title of the page */
            title: string;
            /** @description What the page supports, in the curators' words (no text is copied from it) */
            supports: string;
            /** @description Facts of the record the page confirms */
            confirms: ("date" | "place" | "ordinal" | "title" | "format" | "adoption" | "participants" | "content" | "count")[];
        };
        /** @description Where a record comes from: a passage of the thesis, or a public page */
        Citation: components["schemas"]["ThesisCitation"] | components["schemas"]["PublicSource"];
        OrganizationLink: {
            id: string;
            name: string;
            abbreviation: string | null;
            role: string;
        };
        RecordLinks: {
            /** @description Absolute URL of the record */
            self: string;
        };
        DocumentRelation: {
            type: string;
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            id: string;
            title: string;
            document_type: string;
            date: string;
        };
        MeetingBrief: {
            id: string;
            title: string;
            date: string;
            date_precision: string;
            place: string | null;
        };
        Document: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            abbreviation: string | null;
            /** @enum {string} */
            type: "charter" | "convention" | "treaty" | "agreement" | "protocol" | "declaration" | "mou" | "plan-of-action" | "work-plan" | "work-programme" | "strategy" | "blueprint" | "concept-paper" | "joint-statement" | "chairmans-statement" | "resolution" | "outlook" | "report" | "consensus" | "address" | "press-release" | "other";
            period: {
                from: number;
                to: number;
            } | null;
            /** @description Id of the meeting that adopted it */
            adopted_at: string | null;
            links: components["schemas"]["RecordLinks"];
        };
        DocumentDetail: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            abbreviation: string | null;
            /** @enum {string} */
            type: "charter" | "convention" | "treaty" | "agreement" | "protocol" | "declaration" | "mou" | "plan-of-action" | "work-plan" | "work-programme" | "strategy" | "blueprint" | "concept-paper" | "joint-statement" | "chairmans-statement" | "resolution" | "outlook" | "report" | "consensus" | "address" | "press-release" | "other";
            period: {
                from: number;
                to: number;
            } | null;
            /** @description Id of the meeting that adopted it */
            adopted_at: string | null;
            adopting_meeting: components["schemas"]["MeetingBrief"] | null;
            relations: components["schemas"]["DocumentRelation"][];
            citations: components["schemas"]["Citation"][];
            links: components["schemas"]["RecordLinks"];
        };
        Meeting: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            /** @description Id of the series the meeting belongs to (see /v1/series) */
            series: string | null;
            /** @description Its number within the series, where the series numbers its meetings */
            ordinal: number | null;
            /** @enum {string} */
            type: "summit" | "ministerial" | "senior-officials" | "secretaries-general" | "forum" | "working-level" | "visit" | "other";
            end_date: string | null;
            format: string;
            links: components["schemas"]["RecordLinks"];
        };
        MeetingDetail: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            /** @description Id of the series the meeting belongs to (see /v1/series) */
            series: string | null;
            /** @description Its number within the series, where the series numbers its meetings */
            ordinal: number | null;
            /** @enum {string} */
            type: "summit" | "ministerial" | "senior-officials" | "secretaries-general" | "forum" | "working-level" | "visit" | "other";
            end_date: string | null;
            format: string;
            /** @description Documents it adopted */
            documents: {
                id: string;
                title: string;
                type: string;
                date: string;
            }[];
            citations: components["schemas"]["Citation"][];
            links: components["schemas"]["RecordLinks"];
        };
        Activity: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            /** @enum {string} */
            type: "exercise" | "operation" | "campaign" | "programme" | "workshop" | "other";
            end_date: string | null;
            participants: string[];
            links: components["schemas"]["RecordLinks"];
        };
        ActivityDetail: {
            id: string;
            title: string;
            aliases: string[];
            /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
            date: string;
            /** @enum {string} */
            date_precision: "day" | "month" | "year";
            place: string | null;
            organizations: components["schemas"]["OrganizationLink"][];
            threats: string[];
            /** @description Derived from the date: one phase per periodized organization */
            phases: string[];
            url: string | null;
            /** @description Entries in the thesis list of primary sources */
            source_entries: number[];
            summary: string;
            /** @description Curator note; begins with "Correction:" where the thesis is wrong */
            note: string | null;
            /**
             * @description Where the record comes from: the thesis, public pages, or both
             * @enum {string}
             */
            provenance: "thesis" | "public" | "both";
            /** @enum {string} */
            type: "exercise" | "operation" | "campaign" | "programme" | "workshop" | "other";
            end_date: string | null;
            participants: string[];
            citations: components["schemas"]["Citation"][];
            links: components["schemas"]["RecordLinks"];
        };
        FacetValue: {
            value: string;
            label: string;
            count: number;
            /** @description Whether the current filters select this value */
            selected: boolean;
        };
        SearchHit: {
            /** @enum {string} */
            kind: "document" | "meeting" | "activity" | "organization";
            id: string;
            title: string;
            /** @description The title with matches wrapped in <mark> */
            title_highlighted: string;
            /** @description The best-matching passage with matches wrapped in <mark> */
            snippet: string;
            date: string | null;
            /** @description bm25 relevance, higher is better */
            score: number;
            links: {
                /** @description Absolute URL of the record */
                self: string;
            };
        };
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        FacetCounts: {
            /** @description Counts per value of each requested facet, under the current filters */
            facets: {
                [key: string]: components["schemas"]["FacetValue"][];
            };
            meta: {
                /** @description Records matching the filters, over the kinds counted */
                total: number;
                /** @description The kinds of record counted */
                kinds: string[];
            };
        };
        Threat: {
            id: string;
            name: string;
            parent: string | null;
            description: string;
            /** @description Documents, meetings and activities tagged with it or a child */
            record_count: number;
        };
        ThreatList: {
            data: components["schemas"]["Threat"][];
        };
        Phase: {
            id: string;
            organization: string;
            ordinal: number;
            name: string;
            start_year: number;
            end_year: number;
            description: string;
            citations: components["schemas"]["Citation"][];
        };
        PhaseList: {
            data: components["schemas"]["Phase"][];
        };
        CorpusMeta: {
            corpus_version: string;
            schema_version: string;
            built_at: string;
            counts: {
                [key: string]: number;
            };
            /** @description Per kind of record: how many come from the thesis only, from public pages only, or from both */
            provenance: {
                [key: string]: {
                    thesis: number;
                    public: number;
                    both: number;
                };
            };
        };
        Health: {
            status: string;
        };
        Organization: {
            id: string;
            name: string;
            abbreviation: string | null;
            aliases: string[];
            kind: string;
            /** @description Id of the parent organization (RATS → SCO) */
            parent: string | null;
            founded: string | null;
            founded_precision: string | null;
            headquarters: string | null;
            url: string | null;
            summary: string;
            note: string | null;
            links: components["schemas"]["RecordLinks"];
        };
        Membership: {
            state: string;
            /** @enum {string} */
            status: "member" | "observer" | "dialogue-partner" | "accession-in-progress";
            from: string;
            from_precision: string;
            to: string | null;
            to_precision: string | null;
            note: string | null;
        };
        OrganizationDetail: {
            id: string;
            name: string;
            abbreviation: string | null;
            aliases: string[];
            kind: string;
            /** @description Id of the parent organization (RATS → SCO) */
            parent: string | null;
            founded: string | null;
            founded_precision: string | null;
            headquarters: string | null;
            url: string | null;
            summary: string;
            note: string | null;
            links: components["schemas"]["RecordLinks"];
            bodies: {
                id: string;
                name: string;
                abbreviation: string | null;
            }[];
            phases: {
                id: string;
                ordinal: number;
                name: string;
                start_year: number;
                end_year: number;
            }[];
            memberships: components["schemas"]["Membership"][];
            characterizations: {
                threat: string;
                statement: string;
                citations: components["schemas"]["Citation"][];
            }[];
            citations: components["schemas"]["Citation"][];
        };
        OrganizationList: {
            data: components["schemas"]["Organization"][];
            meta: {
                total: number;
            };
        };
        MembersOnDate: {
            data: components["schemas"]["Membership"][];
            meta: {
                organization: string;
                on: string;
                status: string | null;
                total: number;
            };
        };
        TimelineEvent: {
            /** @enum {string} */
            kind: "document" | "meeting" | "activity" | "membership";
            id: string;
            title: string;
            /** @description Document, meeting or activity type; for memberships <status>-start or <status>-end */
            type: string;
            date: string;
            date_precision: string;
            organizations: string[];
            links: {
                /** @description Absolute URL of the record (of the organization, for a membership change) */
                self: string;
            };
        };
        Timeline: {
            data: components["schemas"]["TimelineEvent"][];
            /** @description With group=year: how many events each year holds across the whole filtered range (not only this page), in year order */
            groups?: {
                year: number;
                count: number;
            }[];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        DocumentBrief: {
            id: string;
            title: string;
            type: string;
            date: string;
        };
        Comparison: {
            /** @description The threat filter as given, or null */
            threat: string | null;
            organizations: {
                id: string;
                name: string;
                abbreviation: string | null;
                document_count: number;
                documents_by_type: {
                    type: string;
                    count: number;
                }[];
                first_document: components["schemas"]["DocumentBrief"] | null;
                latest_document: components["schemas"]["DocumentBrief"] | null;
                per_phase: {
                    id: string;
                    name: string;
                    start_year: number;
                    end_year: number;
                    documents: number;
                    meetings: number;
                    activities: number;
                }[];
                bodies: {
                    id: string;
                    name: string;
                    abbreviation: string | null;
                    records: number;
                }[];
                characterizations: {
                    threat: string;
                    statement: string;
                    citations: components["schemas"]["Citation"][];
                }[];
            }[];
        };
        RelatedDocuments: {
            id: string;
            title: string;
            relations: {
                type: string;
                /** @enum {string} */
                direction: "outgoing" | "incoming";
                id: string;
                title: string;
                document_type: string;
                date: string;
            }[];
            adopting_meeting: {
                id: string;
                title: string;
                date: string;
                date_precision: string;
                place: string | null;
                other_documents: components["schemas"]["DocumentBrief"][];
            } | null;
        };
        Series: {
            id: string;
            name: string;
            /** @description The organization that holds the meetings */
            body: {
                id: string;
                name: string;
            };
            /** @description Whether the series numbers its meetings (see a meeting's ordinal) */
            numbered: boolean;
            /** @description The years over which completeness is counted */
            span: {
                from: number;
                to: number;
            };
            /** @description Meetings the public record holds for the span; null where no count is claimed */
            expected: number | null;
            /** @description How the expected count was established */
            expected_basis: string | null;
            /** @description Meetings of the span in the corpus */
            present: number;
            /**
             * @description complete; known-gaps (the missing meetings are named in gaps); incomplete; not-curated (no count claimed)
             * @enum {string}
             */
            status: "complete" | "known-gaps" | "incomplete" | "not-curated";
            first_ordinal: number | null;
            last_ordinal: number | null;
            first_year: number | null;
            last_year: number | null;
            /** @description Meetings of the span that the public record cannot settle, so the corpus does not guess them */
            gaps: {
                label: string;
                year: number | null;
                ordinal: number | null;
                /** @description How many meetings the gap stands for */
                count: number;
                reason: string;
            }[];
            /** @description Where the count and the series come from */
            sources: components["schemas"]["Citation"][];
            links: components["schemas"]["RecordLinks"];
        };
        SeriesList: {
            data: components["schemas"]["Series"][];
        };
        SeriesDetail: {
            id: string;
            name: string;
            /** @description The organization that holds the meetings */
            body: {
                id: string;
                name: string;
            };
            /** @description Whether the series numbers its meetings (see a meeting's ordinal) */
            numbered: boolean;
            /** @description The years over which completeness is counted */
            span: {
                from: number;
                to: number;
            };
            /** @description Meetings the public record holds for the span; null where no count is claimed */
            expected: number | null;
            /** @description How the expected count was established */
            expected_basis: string | null;
            /** @description Meetings of the span in the corpus */
            present: number;
            /**
             * @description complete; known-gaps (the missing meetings are named in gaps); incomplete; not-curated (no count claimed)
             * @enum {string}
             */
            status: "complete" | "known-gaps" | "incomplete" | "not-curated";
            first_ordinal: number | null;
            last_ordinal: number | null;
            first_year: number | null;
            last_year: number | null;
            /** @description Meetings of the span that the public record cannot settle, so the corpus does not guess them */
            gaps: {
                label: string;
                year: number | null;
                ordinal: number | null;
                /** @description How many meetings the gap stands for */
                count: number;
                reason: string;
            }[];
            /** @description Where the count and the series come from */
            sources: components["schemas"]["Citation"][];
            links: components["schemas"]["RecordLinks"];
            /** @description Its meetings in the corpus, in date order (all years) */
            meetings: {
                id: string;
                title: string;
                ordinal: number | null;
                date: string;
                place: string | null;
                format: string;
            }[];
        };
        DocumentList: {
            data: components["schemas"]["Document"][];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        DocumentListSparse: {
            data: {
                id: string;
                title?: string;
                aliases?: string[];
                /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
                date?: string;
                /** @enum {string} */
                date_precision?: "day" | "month" | "year";
                place?: string | null;
                organizations?: components["schemas"]["OrganizationLink"][];
                threats?: string[];
                /** @description Derived from the date: one phase per periodized organization */
                phases?: string[];
                url?: string | null;
                /** @description Entries in the thesis list of primary sources */
                source_entries?: number[];
                summary?: string;
                /** @description Curator note; begins with "Correction:" where the thesis is wrong */
                note?: string | null;
                /**
                 * @description Where the record comes from: the thesis, public pages, or both
                 * @enum {string}
                 */
                provenance?: "thesis" | "public" | "both";
                abbreviation?: string | null;
                /** @enum {string} */
                type?: "charter" | "convention" | "treaty" | "agreement" | "protocol" | "declaration" | "mou" | "plan-of-action" | "work-plan" | "work-programme" | "strategy" | "blueprint" | "concept-paper" | "joint-statement" | "chairmans-statement" | "resolution" | "outlook" | "report" | "consensus" | "address" | "press-release" | "other";
                period?: {
                    from: number;
                    to: number;
                } | null;
                /** @description Id of the meeting that adopted it */
                adopted_at?: string | null;
                links: components["schemas"]["RecordLinks"];
            }[];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        MeetingList: {
            data: components["schemas"]["Meeting"][];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        MeetingListSparse: {
            data: {
                id: string;
                title?: string;
                aliases?: string[];
                /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
                date?: string;
                /** @enum {string} */
                date_precision?: "day" | "month" | "year";
                place?: string | null;
                organizations?: components["schemas"]["OrganizationLink"][];
                threats?: string[];
                /** @description Derived from the date: one phase per periodized organization */
                phases?: string[];
                url?: string | null;
                /** @description Entries in the thesis list of primary sources */
                source_entries?: number[];
                summary?: string;
                /** @description Curator note; begins with "Correction:" where the thesis is wrong */
                note?: string | null;
                /**
                 * @description Where the record comes from: the thesis, public pages, or both
                 * @enum {string}
                 */
                provenance?: "thesis" | "public" | "both";
                /** @description Id of the series the meeting belongs to (see /v1/series) */
                series?: string | null;
                /** @description Its number within the series, where the series numbers its meetings */
                ordinal?: number | null;
                /** @enum {string} */
                type?: "summit" | "ministerial" | "senior-officials" | "secretaries-general" | "forum" | "working-level" | "visit" | "other";
                end_date?: string | null;
                format?: string;
                links: components["schemas"]["RecordLinks"];
            }[];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        ActivityList: {
            data: components["schemas"]["Activity"][];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
        ActivityListSparse: {
            data: {
                id: string;
                title?: string;
                aliases?: string[];
                /** @description ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD */
                date?: string;
                /** @enum {string} */
                date_precision?: "day" | "month" | "year";
                place?: string | null;
                organizations?: components["schemas"]["OrganizationLink"][];
                threats?: string[];
                /** @description Derived from the date: one phase per periodized organization */
                phases?: string[];
                url?: string | null;
                /** @description Entries in the thesis list of primary sources */
                source_entries?: number[];
                summary?: string;
                /** @description Curator note; begins with "Correction:" where the thesis is wrong */
                note?: string | null;
                /**
                 * @description Where the record comes from: the thesis, public pages, or both
                 * @enum {string}
                 */
                provenance?: "thesis" | "public" | "both";
                /** @enum {string} */
                type?: "exercise" | "operation" | "campaign" | "programme" | "workshop" | "other";
                end_date?: string | null;
                participants?: string[];
                links: components["schemas"]["RecordLinks"];
            }[];
            meta: {
                /** @description Records matching the filters, across all pages */
                total: number;
                limit: number;
                next_cursor: string | null;
                /** @description Counts per value of each requested facet, under the current filters */
                facets?: {
                    [key: string]: components["schemas"]["FacetValue"][];
                };
            };
            links: {
                self: string;
                next: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The server is draining before it shuts down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["DocumentTypeFilter"] | components["schemas"]["DocumentTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Id of the meeting that adopted the document (documents only). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit-12
                 */
                meeting?: string;
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Order: date (default), -date, title, or relevance (default with q)
                 * @example -date
                 */
                sort?: "date" | "-date" | "title" | "relevance";
                /**
                 * @description Page size, 1–500
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Opaque cursor from meta.next_cursor of the previous page
                 * @example eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9
                 */
                cursor?: string;
                /**
                 * @description Comma-separated facets to count under the current filters: org, threat, phase, type, year, series
                 * @example year,threat
                 */
                facets?: string;
                /**
                 * @description Comma-separated fields to return (id and links are always included); the answer is then typed application/json; profile="sparse"
                 * @example title,date
                 */
                fields?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records, or the whole export in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                    "application/json; profile=\"sparse\"": components["schemas"]["DocumentListSparse"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example sco-charter-2002
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example forum
                 */
                type?: components["schemas"]["MeetingTypeFilter"] | components["schemas"]["MeetingTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Order: date (default), -date, title, or relevance (default with q)
                 * @example -date
                 */
                sort?: "date" | "-date" | "title" | "relevance";
                /**
                 * @description Page size, 1–500
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Opaque cursor from meta.next_cursor of the previous page
                 * @example eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9
                 */
                cursor?: string;
                /**
                 * @description Comma-separated facets to count under the current filters: org, threat, phase, type, year, series
                 * @example year,threat
                 */
                facets?: string;
                /**
                 * @description Comma-separated fields to return (id and links are always included); the answer is then typed application/json; profile="sparse"
                 * @example title,date
                 */
                fields?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records, or the whole export in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingList"];
                    "application/json; profile=\"sparse\"": components["schemas"]["MeetingListSparse"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example asean-summit-12
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example campaign
                 */
                type?: components["schemas"]["ActivityTypeFilter"] | components["schemas"]["ActivityTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Order: date (default), -date, title, or relevance (default with q)
                 * @example -date
                 */
                sort?: "date" | "-date" | "title" | "relevance";
                /**
                 * @description Page size, 1–500
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Opaque cursor from meta.next_cursor of the previous page
                 * @example eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9
                 */
                cursor?: string;
                /**
                 * @description Comma-separated facets to count under the current filters: org, threat, phase, type, year, series
                 * @example year,threat
                 */
                facets?: string;
                /**
                 * @description Comma-separated fields to return (id and links are always included); the answer is then typed application/json; profile="sparse"
                 * @example title,date
                 */
                fields?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records, or the whole export in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityList"];
                    "application/json; profile=\"sparse\"": components["schemas"]["ActivityListSparse"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example coalition-2003
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetail"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations, as JSON, CSV or NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationList"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example sco
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetail"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembersOnDate: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
                /**
                 * @description Day to ask about (YYYY-MM-DD; a month or year means its first day). Default: today
                 * @example 2010-01-01
                 */
                on?: string;
                /**
                 * @description Only this status
                 * @example observer
                 */
                status?: "member" | "observer" | "dialogue-partner" | "accession-in-progress";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example sco
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The states holding a status on the day, as JSON, CSV or NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembersOnDate"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listThreats: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreatList"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPhases: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseList"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCorpusMeta: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorpusMeta"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSeries: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesList"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSeries: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example asean-sco-secretaries-general
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDetail"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Words to search for; "a phrase"; prefix*
                 * @example trafficking
                 */
                q: string;
                /**
                 * @description Comma-separated kinds to search (default all): document, meeting, activity, organization
                 * @example document,meeting
                 */
                kind?: string;
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["RecordTypeFilter"] | components["schemas"]["RecordTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Id of the meeting that adopted the document (documents only). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit-12
                 */
                meeting?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Comma-separated facets to count: kind, org, threat, phase, type, year, series
                 * @example kind,year
                 */
                facets?: string;
                /**
                 * @description Page size, 1–500
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Opaque cursor from meta.next_cursor of the previous page
                 * @example eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9
                 */
                cursor?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, or every hit in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelatedDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Representation, overriding Accept: json (application/json). Another value answers 406
                 * @example json
                 */
                format?: "json";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example asean-acct-2007
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedDocuments"];
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentCitation: {
        parameters: {
            query?: {
                /**
                 * @description bibtex, ris or csl-json (default); overrides Accept
                 * @example ris
                 */
                format?: "csl-json" | "bibtex" | "ris";
            };
            header?: never;
            path: {
                /**
                 * @description A record id (a stable slug)
                 * @example asean-acct-2007
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description References in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-bibtex": string;
                    "application/x-research-info-systems": string;
                    "application/vnd.citationstyles.csl+json": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocumentCitations: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["DocumentTypeFilter"] | components["schemas"]["DocumentTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Id of the meeting that adopted the document (documents only). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit-12
                 */
                meeting?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Order: date (default), -date, title, or relevance (default with q)
                 * @example -date
                 */
                sort?: "date" | "-date" | "title" | "relevance";
                /**
                 * @description bibtex, ris or csl-json (default); overrides Accept
                 * @example ris
                 */
                format?: "csl-json" | "bibtex" | "ris";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description References in the requested format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-bibtex": string;
                    "application/x-research-info-systems": string;
                    "application/vnd.citationstyles.csl+json": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format= allows no representation this resource has */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["RecordTypeFilter"] | components["schemas"]["RecordTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Id of the meeting that adopted the document (documents only). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit-12
                 */
                meeting?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Comma-separated kinds (default all): document, meeting, activity, membership
                 * @example document,membership
                 */
                kind?: string;
                /**
                 * @description group=year counts the events per year over the whole filtered range
                 * @example year
                 */
                group?: "year";
                /**
                 * @description Page size, 1–500
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Opaque cursor from meta.next_cursor of the previous page
                 * @example eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9
                 */
                cursor?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, or every event in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareOrganizations: {
        parameters: {
            query?: {
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["RecordTypeFilter"] | components["schemas"]["RecordTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison, or its table in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comparison"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countFacets: {
        parameters: {
            query?: {
                /**
                 * @description Organization id; includes its bodies (org=sco also matches RATS records). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco
                 */
                org?: components["schemas"]["OrganizationFilter"] | components["schemas"]["OrganizationFilter"][];
                /**
                 * @description Threat id; includes its children (threat=terrorism also matches extremism). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example terrorism
                 */
                threat?: components["schemas"]["ThreatFilter"] | components["schemas"]["ThreatFilter"][];
                /**
                 * @description Phase id (derived from the date: one phase per periodized organization). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example sco-expansion
                 */
                phase?: components["schemas"]["PhaseFilter"] | components["schemas"]["PhaseFilter"][];
                /**
                 * @description Record type (document, meeting or activity type). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example convention
                 */
                type?: components["schemas"]["RecordTypeFilter"] | components["schemas"]["RecordTypeFilter"][];
                /**
                 * @description Calendar year of the record date. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example 2005
                 */
                year?: number | string;
                /**
                 * @description Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range
                 * @example 2005
                 */
                from?: string;
                /**
                 * @description Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
                 * @example 2020-12-31
                 */
                to?: string;
                /**
                 * @description Id of the meeting that adopted the document (documents only). Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit-12
                 */
                meeting?: string;
                /**
                 * @description Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series. Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).
                 * @example asean-summit
                 */
                series?: components["schemas"]["SeriesFilter"] | components["schemas"]["SeriesFilter"][];
                /**
                 * @description Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix
                 * @example terrorism
                 */
                q?: string;
                /**
                 * @description Comma-separated facets to count (default all): org, threat, phase, type, year, series
                 * @example year,threat
                 */
                facets?: string;
                /**
                 * @description Comma-separated kinds of record to count (default all): document, meeting, activity
                 * @example document
                 */
                kind?: string;
                /**
                 * @description With fill_years=true the year facet lists every year from the first to the last of the range (from/to, else the corpus), with zero counts
                 * @example true
                 */
                fill_years?: "true" | "false";
                /**
                 * @description Representation, overriding Accept: json (application/json), csv (text/csv), ndjson (application/x-ndjson). Another value answers 406
                 * @example ndjson
                 */
                format?: "json" | "csv" | "ndjson";
                /**
                 * @description With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right
                 * @example true
                 */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per facet value, or the same as rows in CSV / NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacetCounts"];
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No record with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Accept header or format allows none of JSON, CSV and NDJSON */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this client; RateLimit-* and Retry-After say when to retry */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
