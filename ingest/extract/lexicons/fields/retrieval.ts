/**
 * Lexicon: information retrieval, recommender systems and databases (cs.IR)
 * =========================================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun, frequent names; the evaluation samples' papers left out) and reviewed line by
 * line against the labelling guidelines (../shared/eval/README.md, eval/README.md rulings). A
 * trailing `# N` is the number of corpus papers that named the term when it was reviewed. Format
 * as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const RETRIEVAL: FieldLexicon = {
  method: `
# --- retrieval and topic models
Latent Dirichlet Allocation | =LDA # 78
Topic Model | topic models # 199
Latent Semantic Analysis | =LSA # 22
Latent Semantic Indexing | =LSI # 7
Probabilistic Latent Semantic Analysis | =PLSA | probabilistic latent semantic indexing | =PLSI # 8
Hierarchical Dirichlet Process | =HDP | hierarchical Dirichlet processes # 12
Vector Space Model | =VSM # 18
Okapi BM25 | =BM25 | Okapi # 6
HITS Algorithm | =HITS | hyperlink-induced topic search # 5
CheiRank # 5
TextRank # 5
# --- recommendation models
Probabilistic Matrix Factorization | =PMF # 10
Factorization Machine | factorization machines # 22
Bayesian Personalized Ranking | =BPR # 9
Alternating Least Squares # 10
# --- clustering
Hierarchical Clustering | agglomerative hierarchical clustering | hierarchical clustering algorithm # 42
Fuzzy C-Means | =FCM | fuzzy c-means clustering # 12
# --- search engines, toolkits and databases
Search Engine | search engines | web search engine | web search engines # 354
==Bing | Bing search engine # 29
Apache Lucene | =Lucene # 22
Elasticsearch | =ElasticSearch # 11
Apache Solr | =Solr # 5
==Weka # 7
Apache Mahout | =Mahout # 5
Apache Hive | =Hive # 15
Apache HBase | =HBase # 6
Apache Accumulo | =Accumulo # 11
SQLite # 5
Resource Description Framework | =RDF # 7
Aho-Corasick | Aho-Corasick algorithm # 5
Apriori Algorithm | =Apriori # 20
Amazon Mechanical Turk | Mechanical Turk | =MTurk # 25
`,
  dataset: `
# --- knowledge bases and lexical resources
Knowledge Graph | knowledge graphs # 21
Knowledge Base | knowledge bases # 18
=DBpedia | DBPedia # 31
Freebase # 22
Wikidata # 20
WordNet # 47
Wiktionary # 5
Medical Subject Headings | =MeSH # 11
Unified Medical Language System | =UMLS # 7
Electronic Health Record | =EHR | electronic health records # 21
# --- IR and text collections
=TREC | TREC collection | TREC collections | Text REtrieval Conference # 17
20 Newsgroups | 20Newsgroups | 20 Newsgroups dataset # 8
Reuters-21578 | =RCV1 | Reuters Corpus Volume 1 | Reuters corpus # 16
Enron Email Dataset | Enron corpus | Enron dataset | =Enron # 5
ACL Anthology # 5
=SemEval # 10
=RecSys Challenge # 8
# --- recommendation and social data
Million Song Dataset # 10
Netflix Prize | Netflix dataset | Netflix Prize dataset # 43
=Epinions # 11
=Delicious # 9
=Foursquare # 8
=Taobao | Taobao dataset # 18
=Flickr # 28
=BibSonomy # 5
=Weibo | Sina Weibo # 11
=Reddit # 9
=Stack Overflow | StackOverflow # 13
=Pinterest # 13
=Instagram # 14
=Digg # 7
=Douban # 5
Yelp dataset | =Yelp # 28
# --- bibliographic databases
Google Scholar # 14
=Scopus # 8
`,
  hardware: ``,
  task: `
# --- search and retrieval
Web Search # 202
Semantic Search # 50
Similarity Search | similarity searches # 90
Nearest Neighbor Search | nearest neighbour search | near neighbor search | k-nearest neighbor search # 40
Approximate Nearest Neighbor Search | approximate nearest neighbour search | =ANNS # 11
Maximum Inner Product Search # 8
Content-Based Image Retrieval | =CBIR | content-based image retrieval # 37
Image Retrieval | image search | large-scale image retrieval # 29
Video Retrieval | video search # 16
Multimedia Retrieval | multimedia information retrieval # 15
Music Information Retrieval | =MIR | music retrieval # 35
Cross-Language Information Retrieval | =CLIR | cross-lingual information retrieval | cross-language retrieval # 6
Interactive Information Retrieval | interactive search # 10
Private Information Retrieval # 24
Mathematical Information Retrieval | math information retrieval # 6
Neural Information Retrieval | neural IR # 9
Ad Hoc Retrieval | ad-hoc retrieval | ad hoc information retrieval # 18
Text Retrieval # 22
Entity Retrieval | entity search | entity ranking # 12
Keyword Search | keyword-based search # 26
Full-Text Search # 12
Product Search | e-commerce search # 26
Personalized Search # 12
Exploratory Search # 17
Conversational Search # 10
Sponsored Search # 21
Academic Search # 10
Code Search # 6
Rank Aggregation # 14
Query Auto-Completion | query autocompletion # 5
Index Compression # 5
# --- question answering
Community Question Answering | =CQA | community-based question answering # 23
Answer Selection # 16
# --- recommendation
Personalized Recommendation | personalized recommendations # 66
Item Recommendation # 56
Top-N Recommendation | top-N recommendations | top-k recommendation # 32
Rating Prediction # 48
Session-Based Recommendation # 30
Social Recommendation # 27
News Recommendation # 20
Music Recommendation # 32
Movie Recommendation # 22
Product Recommendation # 21
POI Recommendation | point-of-interest recommendation # 16
Cross-Domain Recommendation # 11
Explainable Recommendation # 13
Context-Aware Recommendation | context-aware recommender system | context-aware recommender systems | =CARS # 12
Group Recommendation # 9
Tag Recommendation # 10
Hashtag Recommendation # 8
Citation Recommendation # 7
Job Recommendation # 7
Fashion Recommendation # 9
Food Recommendation # 7
Video Recommendation # 7
Personalized Ranking # 31
Collaborative Ranking # 13
Popularity Prediction # 11
User Modeling | user modelling # 12
# --- mining and text analysis
Data Mining # 336
Text Mining # 121
Web Mining # 18
Web Usage Mining # 16
Opinion Mining # 45
Association Rule Mining | association rule learning # 19
Frequent Itemset Mining # 11
Frequent Pattern Mining # 5
Knowledge Discovery | knowledge discovery in databases # 57
Topic Modeling | topic modelling | probabilistic topic modeling # 143
Topic Detection # 12
Sentiment Classification # 60
Emotion Detection # 11
Document Classification # 50
Multi-Label Classification # 40
Document Clustering # 43
Text Clustering # 10
Keyphrase Extraction # 19
Keyword Extraction | automatic keyword extraction # 18
Information Extraction # 149
Open Information Extraction # 9
Event Extraction # 9
Web Data Extraction # 8
Extractive Summarization # 21
Abstractive Summarization # 12
Multi-Document Summarization # 13
Part-of-Speech Tagging | POS tagging | part of speech tagging # 11
Spam Detection # 26
Fake News Detection # 10
Clickbait Detection # 8
Vandalism Detection # 9
Plagiarism Detection # 21
Stance Detection # 7
Citation Analysis # 11
Music Genre Classification | genre classification # 13
Playlist Generation # 6
Digital Library | digital libraries # 58
# --- databases
Query Optimization # 10
Concurrency Control # 18
`,
  technique: `
# --- representations and weighting
Word Embedding | word embeddings # 150
Sentence Embedding | sentence embeddings # 10
Bag of Words | =BoW | bag-of-words # 12
TF-IDF | =TFIDF | tf.idf | term frequency-inverse document frequency | term frequency inverse document frequency # 5
Inverse Document Frequency | =IDF # 5
Inverted Index | inverted indexes | inverted indices | inverted file # 24
Query Expansion # 8
Content-Based Filtering | content-based recommendation # 14
Link Analysis # 13
# --- factorisation and probabilistic models
Matrix Completion # 41
Non-Negative Matrix Factorization | =NMF | nonnegative matrix factorization # 34
Tensor Factorization # 30
Dirichlet Process # 24
Determinantal Point Process | =DPP # 11
Gibbs Sampling | collapsed Gibbs sampling # 9
Formal Concept Analysis | =FCA # 14
# --- similarity and hashing
Metric Learning | distance metric learning | deep metric learning # 51
Deep Hashing # 11
Semantic Hashing # 9
Cross-Modal Hashing # 8
MinHash | minwise hashing | min-wise hashing | b-bit minwise hashing # 10
Edit Distance | Levenshtein distance # 23
Jaccard Similarity | Jaccard index | Jaccard coefficient | Jaccard distance # 26
Jensen-Shannon Divergence | Jensen-Shannon distance # 7
Suffix Tree | suffix trees # 10
Kullback-Leibler Divergence | Kullback-Leibler | Kullback-Leibler distance | KL divergence | KL-divergence # 24
Tucker Decomposition # 18
Zipf's Law | Zipf law | Zipfs law | Zipf's distribution | Zipf distribution # 29
# --- semantic web and data management
Semantic Web # 11
Linked Data | linked open data # 41
Ontology | ontologies # 41
NoSQL | NoSQL databases # 25
# --- named problems (ruling 6)
Cold Start | cold-start problem | cold start problem | cold-start # 54
Data Sparsity | data sparsity problem | sparsity problem # 81
Information Overload | information overload problem # 23
Vocabulary Mismatch | vocabulary mismatch problem # 5
`,
  metric: `
# --- online and ranking measures
Click-Through Rate | =CTR | click through rate | click-through rates # 47
Conversion Rate | =CVR # 16
Discounted Cumulative Gain | =DCG # 8
Recommendation Accuracy # 62
`,
};
